namespace ResourceMonitor.IntegrationTests.Infrastructure;

public sealed class RequiredServiceTests
{
    [Fact]
    public void A_missing_binary_fails_naming_the_service_and_its_package()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RequiredService.Find("no-such-daemon-xyz", "no-such-package", "/nonexistent/no-such-daemon-xyz"));

        Assert.Contains("no-such-daemon-xyz", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y no-such-package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_installed_binary_is_found()
    {
        Assert.True(File.Exists(RequiredService.Mosquitto));
        Assert.True(File.Exists(RequiredService.Influxd));
        Assert.True(File.Exists(RequiredService.Nginx));
        Assert.True(File.Exists(RequiredService.MosquittoPub));
    }
}
