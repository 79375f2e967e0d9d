namespace ResourceMonitor.Hosting.Supervision;

/// <summary>
/// Parts of one stage that run side by side (a feed and its evaluation loop; subscriber, admission, acknowledgement): the
/// first part to fault cancels the token every part was given, and its exception surfaces — to the supervisor — once all
/// parts have ended. No part can die while the others carry on.
/// </summary>
public static class StageGroup
{
    /// <summary>
    /// Runs <paramref name="parts"/>; each gets a token cancelled when <paramref name="stoppingToken"/> fires or a sibling faults.
    /// Pass <see cref="CancellationToken.None"/> when the parts drain on stop by themselves and should only hear of faults.
    /// </summary>
    public static async Task RunAsync(CancellationToken stoppingToken, params Func<CancellationToken, Task>[] parts)
    {
        using var halt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var running = parts.Select(part => CancelSiblingsOnFaultAsync(part, halt)).ToArray();
        await Task.WhenAll(running);
    }

    private static async Task CancelSiblingsOnFaultAsync(Func<CancellationToken, Task> part, CancellationTokenSource halt)
    {
        try
        {
            await part(halt.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !halt.IsCancellationRequested)
        {
            await halt.CancelAsync();
            throw;
        }
    }
}
