using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>The live park page (<c>/park</c>) and its event stream (section <c>ParkPage</c>; docs/park-page.md).</summary>
public sealed class ParkPageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ParkPage";

    /// <summary>How often the event stream looks for a change to push (a change is pushed at most this late).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "ParkPage:PushInterval must be between 00:00:00.050 and 00:01:00, e.g. 00:00:01.")]
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The view is sent again after this long even when nothing changed, so a browser sees the stream is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "ParkPage:Heartbeat must be between 00:00:01 and 00:10:00, e.g. 00:00:15.")]
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A meter silent for longer than this stops counting in the live flows.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "ParkPage:FlowStaleAfter must be between 00:00:01 and 1.00:00:00, e.g. 00:05:00.")]
    public TimeSpan FlowStaleAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many recent alerts the page lists.</summary>
    [Range(1, 200, ErrorMessage = "ParkPage:RecentAlerts must be between 1 and 200, e.g. 20.")]
    public int RecentAlerts { get; set; } = 20;
}
