using System.Text;
using InfluxDB.Client.Api.Domain;
using ResourceMonitor.DurableLog;

namespace ResourceMonitor.Worker.Storage.Spool;

/// <summary>
/// The payload of one spooled line batch in the durable log: precision (u8) and the line-protocol lines joined by '\n'
/// (UTF-8). The log frames it (magic "RMS1", body length, CRC-32, sequence), byte for byte cb51c66's spool record.
/// </summary>
internal sealed class SpoolRecordFormat : IRecordCodec<LineBatch>
{
    /// <summary>Bytes of the log's record header before the body (magic, length, CRC-32).</summary>
    public const int HeaderBytes = 12;

    public static SpoolRecordFormat Instance { get; } = new();

    public int MaxPayloadBytes(LineBatch value)
    {
        var bytes = 1 + Math.Max(0, value.Lines.Count - 1);
        foreach (var line in value.Lines)
        {
            bytes += Encoding.UTF8.GetByteCount(line);
        }

        return bytes;
    }

    public int Write(Span<byte> destination, LineBatch value)
    {
        destination[0] = (byte)value.Precision;
        var at = 1;
        for (var i = 0; i < value.Lines.Count; i++)
        {
            if (i > 0)
            {
                destination[at++] = (byte)'\n';
            }

            at += Encoding.UTF8.GetBytes(value.Lines[i], destination[at..]);
        }

        return at;
    }

    public bool TryRead(ReadOnlySpan<byte> payload, out LineBatch value)
    {
        value = null!;
        if (payload.IsEmpty)
        {
            return false;
        }

        value = new LineBatch((WritePrecision)payload[0], Encoding.UTF8.GetString(payload[1..]).Split('\n'));
        return true;
    }
}
