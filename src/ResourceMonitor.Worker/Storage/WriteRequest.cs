namespace ResourceMonitor.Worker.Storage;

/// <summary>One caller's points, as lines, waiting for the writer loop.</summary>
internal sealed class WriteRequest(IReadOnlyList<PendingLine> lines)
{
    private readonly TaskCompletionSource<PointWriteReport> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<RejectedPoint>? _rejected;
    private bool _spooled;
    private int _unsettled = lines.Count;

    public IReadOnlyList<PendingLine> Lines { get; } = lines;

    public Task<PointWriteReport> Completion => _completion.Task;

    public void Settle(int count, bool spooled)
    {
        _spooled |= spooled;
        Advance(count);
    }

    public void Reject(RejectedPoint point)
    {
        (_rejected ??= []).Add(point);
        Advance(1);
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Cancel() => _completion.TrySetCanceled();

    private void Advance(int count)
    {
        _unsettled -= count;
        if (_unsettled <= 0)
        {
            _completion.TrySetResult(_rejected is null && !_spooled ? PointWriteReport.Written : new PointWriteReport(_rejected ?? [], _spooled));
        }
    }
}
