using ResourceMonitor.Domain.Programme;
using ResourceMonitor.Worker.Reports;

namespace ResourceMonitor.Worker.Programme;

/// <summary>Builds the programme report: for each park and month, the stored totals and manual inputs through <see cref="ProgrammeIndicatorCalculator"/>.</summary>
public sealed class ProgrammeReportService(ProgrammeParks parks, ProgrammeDataLoader loader, ManualInputStore inputs, TimeProvider time)
{
    /// <summary>The framework the indicators follow.</summary>
    public const string Framework = "An International Framework for Eco-Industrial Parks, version 2.0 (World Bank, UNIDO, GIZ, 2021): environmental performance";

    /// <summary>The report for <paramref name="period"/>; months are local to each park.</summary>
    public async Task<ProgrammeReport> CreateAsync(ProgrammeMonths period, CancellationToken cancellationToken)
    {
        var rows = new List<ProgrammeParkMonth>();
        foreach (var catalog in parks.All)
        {
            foreach (var month in period.Months())
            {
                var from = PlantDataLoader.StartOf(month, catalog.Park.TimeZone);
                var to = PlantDataLoader.StartOf(month.AddMonths(1), catalog.Park.TimeZone);
                var (meters, exchanges) = await loader.LoadAsync(catalog, from, to, cancellationToken);
                var text = ProgrammeMonths.Text(month);
                var indicators = ProgrammeIndicatorCalculator.Compute(new ParkPeriodData(catalog, from, to, meters, exchanges, inputs.InForce(catalog.Park.Id, text)));
                rows.Add(new ProgrammeParkMonth(catalog.Park.Id, catalog.Park.Name, text, catalog.Park.Currency, indicators.Values));
            }
        }

        return new ProgrammeReport(ProgrammeMonths.Text(period.From), ProgrammeMonths.Text(period.To), time.GetUtcNow(), Framework, ProgrammeIndicators.All, rows);
    }
}
