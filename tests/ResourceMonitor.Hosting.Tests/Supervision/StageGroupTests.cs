using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting.Tests.Supervision;

public sealed class StageGroupTests
{
    [Fact]
    public async Task A_part_that_faults_stops_its_siblings_and_its_fault_surfaces()
    {
        var siblingStopped = false;
        var group = StageGroup.RunAsync(
            CancellationToken.None,
            async token =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                finally
                {
                    siblingStopped = true;
                }
            },
            async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("acknowledgement died");
            });

        var fault = await Assert.ThrowsAsync<InvalidOperationException>(() => group.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("acknowledgement died", fault.Message);
        Assert.True(siblingStopped);
    }

    [Fact]
    public async Task Parts_that_end_normally_end_the_group_normally()
    {
        var ran = 0;

        await StageGroup.RunAsync(CancellationToken.None, _ => Task.FromResult(Interlocked.Increment(ref ran)), _ => Task.FromResult(Interlocked.Increment(ref ran)));

        Assert.Equal(2, ran);
    }
}
