namespace ResourceMonitor.DurableLog;

/// <summary>Reads records of one segment file at given offsets through a chunk buffer that grows for a record larger than it.</summary>
internal sealed class SegmentReader(int chunkBytes)
{
    private byte[] _buffer = new byte[chunkBytes];
    private FileStream? _stream;
    private long _end;
    private long _bufferStart;
    private int _bufferLength;

    /// <summary>Reads from <paramref name="stream"/> up to <paramref name="end"/> from now on.</summary>
    public void Attach(FileStream stream, long end)
    {
        _stream = stream;
        _end = end;
        _bufferLength = 0;
    }

    /// <summary>
    /// The record at <paramref name="offset"/>. <paramref name="record"/> is set for a valid or corrupt record (valid until
    /// the next call); <see cref="FrameStatus.Incomplete"/> means the segment ends inside it.
    /// </summary>
    public FrameStatus Read(long offset, out int recordBytes, out ReadOnlySpan<byte> record)
    {
        record = default;
        recordBytes = 0;
        if (!Load(offset, RecordFrame.HeaderBytes))
        {
            return FrameStatus.Incomplete;
        }

        var status = RecordFrame.Inspect(Window(offset), out recordBytes);
        if (status == FrameStatus.Incomplete)
        {
            if (!Load(offset, recordBytes))
            {
                return FrameStatus.Incomplete;
            }

            status = RecordFrame.Inspect(Window(offset), out recordBytes);
        }

        if (status is FrameStatus.Valid or FrameStatus.Corrupt)
        {
            record = Window(offset)[..recordBytes];
        }

        return status;
    }

    private ReadOnlySpan<byte> Window(long offset)
    {
        var at = (int)(offset - _bufferStart);
        return _buffer.AsSpan(at, _bufferLength - at);
    }

    private bool Load(long offset, int count)
    {
        if (offset + count > _end)
        {
            return false;
        }

        if (offset >= _bufferStart && offset + count <= _bufferStart + _bufferLength)
        {
            return true;
        }

        if (count > _buffer.Length)
        {
            _buffer = new byte[count];
        }

        var length = (int)Math.Min(_buffer.Length, _end - offset);
        _stream!.Position = offset;
        _stream.ReadExactly(_buffer, 0, length);
        _bufferStart = offset;
        _bufferLength = length;
        return true;
    }
}
