namespace ResourceMonitor.Domain.Calendar;

/// <summary>A day a park or plant does not work as usual, with its name (e.g. "Tết Nguyên Đán", "Tết shutdown").</summary>
public sealed record Holiday(DateOnly Day, string Name);
