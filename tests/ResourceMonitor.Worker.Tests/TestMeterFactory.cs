using System.Diagnostics.Metrics;

namespace ResourceMonitor.Worker.Tests;

/// <summary>An <see cref="IMeterFactory"/> whose meters live as long as the test.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(m => m.Dispose());
}
