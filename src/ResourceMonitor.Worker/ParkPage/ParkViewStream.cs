using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>
/// The park view of one caller as a stream of JSON documents: the first at once, then each time it changed (looked at every
/// push interval), and again after the heartbeat when nothing did, so a browser sees that the stream is alive.
/// </summary>
public sealed class ParkViewStream(ParkViewBuilder builder, IOptions<ParkPageOptions> options, TimeProvider time)
{
    /// <summary>The views of <paramref name="caller"/> until <paramref name="cancellationToken"/> (the client went away).</summary>
    public async IAsyncEnumerable<string> ViewsAsync(ApiCaller caller, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.PushInterval, time);
        string? last = null;
        var lastSent = DateTimeOffset.MinValue;
        do
        {
            var view = await builder.BuildAsync(caller, cancellationToken);

            // The view's own time changes every push; compare the rest.
            var content = JsonSerializer.Serialize(view with { At = default }, ParkPageJsonContext.Default.ParkView);
            if (content != last || time.GetUtcNow() - lastSent >= options.Value.Heartbeat)
            {
                last = content;
                lastSent = time.GetUtcNow();
                yield return JsonSerializer.Serialize(view, ParkPageJsonContext.Default.ParkView);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
