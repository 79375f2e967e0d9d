using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ResourceMonitor.Hosting.Supervision;

/// <summary>
/// The stage whose fault stopped the host, if any. A host stopped by .NET's own <c>BackgroundServiceExceptionBehavior.StopHost</c>
/// returns from <c>RunAsync</c> normally and the process exits 0 (checked on .NET 10), so the entry points run the host with
/// <see cref="RunAsync"/>, which returns the process's exit code: systemd's <c>Restart=on-failure</c> and compose's
/// <c>restart: on-failure</c> only restart a process that exits non-zero.
/// </summary>
public sealed class HostFailure
{
    /// <summary>The exit code after a stage fault (EX_SOFTWARE, sysexits.h).</summary>
    public const int StageFaultExitCode = 70;

    private volatile string? _stage;

    /// <summary>The stage that stopped the host, or null.</summary>
    public string? Stage => _stage;

    /// <summary>
    /// Runs <paramref name="host"/> until it stops and returns the exit code: <see cref="StageFaultExitCode"/> after any stage
    /// fault, else 0. (<c>IHost.RunAsync</c> disposes the host, and with it what the exit code is read from.)
    /// </summary>
    public static async Task<int> RunAsync(IHost host)
    {
        await host.StartAsync();
        await host.WaitForShutdownAsync();
        return ExitCodeOf(host.Services);
    }

    /// <summary>The exit code for a host built on <paramref name="services"/> once it has stopped: non-zero after any stage fault.</summary>
    public static int ExitCodeOf(IServiceProvider services)
    {
        var recorded = services.GetService<HostFailure>()?.Stage is not null;
        var unsupervised = services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask is { IsFaulted: true });
        return recorded || unsupervised ? StageFaultExitCode : 0;
    }

    /// <summary>Records that <paramref name="stage"/> stopped the host (the first one wins).</summary>
    internal void Record(string stage) => Interlocked.CompareExchange(ref _stage, stage, null);
}
