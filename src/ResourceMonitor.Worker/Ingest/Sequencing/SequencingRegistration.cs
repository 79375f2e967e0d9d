using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>Wires the end-to-end acknowledgement: the tracker restored from its marks file, and the acknowledger.</summary>
internal static class SequencingRegistration
{
    /// <summary>Registers the tracker and the acknowledger (before the ingest pipeline, so it stops after the pipeline drained).</summary>
    public static IServiceCollection AddSequenceAcknowledgement(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SequenceMarksFile(Path.GetFullPath(sp.GetRequiredService<IOptions<IngestOptions>>().Value.SequenceMarksFile, AppContext.BaseDirectory)));
        services.AddSingleton(sp =>
        {
            var file = sp.GetRequiredService<SequenceMarksFile>();
            var logger = sp.GetRequiredService<ILogger<SequenceAcknowledger>>();
            var states = file.Load();
            if (states is null)
            {
                SequencingLog.Unreadable(logger, file.Path);
            }
            else
            {
                SequencingLog.Loaded(logger, file.Path, states.Count);
            }

            return SequenceTracker.Restore(states ?? []);
        });
        services.AddHostedService<SequenceAcknowledger>();
        return services;
    }
}
