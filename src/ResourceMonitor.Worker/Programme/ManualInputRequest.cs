namespace ResourceMonitor.Worker.Programme;

/// <summary>The body of <c>PUT /api/v1/programme/inputs/{park}/{indicator}/{month}</c>.</summary>
/// <param name="Value">The value in the indicator's unit.</param>
public sealed record ManualInputRequest(double? Value);
