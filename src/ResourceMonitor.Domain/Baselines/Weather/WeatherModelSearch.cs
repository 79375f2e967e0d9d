using System.Globalization;
using System.Text.Json;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>
/// Chooses a baseline's weather dependence the CalTRACK way: the other drivers are selected first
/// (<see cref="DriverSelection"/>); then every candidate is fitted with them — intercept-only (no degree-day term),
/// heating degree days at each heating balance point, cooling degree days at each cooling balance point, and both at
/// every pair whose heating balance point is not above the cooling one — and the qualified candidate with the best
/// adjusted R² is kept. A candidate qualifies when it has enough degree days, fits, its degree-day slopes are positive
/// and significant (<see cref="WeatherSearchOptions.MaxSlopePValue"/>) and its intercept is not negative. When the
/// intercept-only form wins and no other driver is relevant, nothing explains the consumption: the outcome is a refusal.
/// </summary>
public sealed class WeatherModelSearch(RegressionFitter fitter, WeatherSearchOptions options)
{
    private static readonly string[] WeatherDrivers = [DegreeDays.HeatingDriver, DegreeDays.CoolingDriver];

    /// <summary>A search with the default rules.</summary>
    public WeatherModelSearch(RegressionFitter fitter)
        : this(fitter, WeatherSearchOptions.Default)
    {
    }

    /// <summary>Searches the candidates of <paramref name="inputs"/> (its baseline period).</summary>
    public WeatherModelChoice Fit(WeatherModelInputs inputs)
    {
        var built = WeatherObservations.Build(inputs, null, null);
        var observations = built.Observations;
        var leftOut = new List<string>();
        var kept = SelectOtherDrivers(inputs, observations, leftOut, out var baseOutcome);
        var best = new Candidate(WeatherModelForm.InterceptOnly, null, null, baseOutcome, kept, baseOutcome?.Model?.AdjustedRSquared ?? 0);
        var summaries = new List<CandidateFormSummary>();
        if (inputs.UsesWeather && observations.Count > 0)
        {
            var sums = new DegreeDaySums(inputs, observations);
            var design = Design.Of(observations, kept);
            foreach (var (form, pairs) in Forms(inputs))
            {
                var tally = new FormTally(form);
                foreach (var (h, c) in pairs)
                {
                    var candidate = Evaluate(inputs.Granularity, form, h, c, sums, design, out var rejection);
                    tally.Add(candidate, rejection);
                    if (candidate is not null && candidate.AdjustedRSquared > best.AdjustedRSquared + 1e-12)
                    {
                        best = candidate;
                    }
                }

                summaries.Add(tally.Summary());
            }
        }

        var chosen = best.Form == WeatherModelForm.InterceptOnly
            ? observations
            : WeatherObservations.Build(inputs, best.HeatingBase, best.CoolingBase).Observations;
        var outcome = best.Form == WeatherModelForm.InterceptOnly
            ? best.Outcome ?? RegressionOutcome.Refused(RefusalReason.ImplausibleModel, NothingExplains(inputs, summaries))
            : fitter.Fit(chosen, best.Drivers, inputs.Granularity);
        var drivers = best.Drivers;

        return new WeatherModelChoice
        {
            Selected = new SelectedModel(outcome, drivers, leftOut),
            Form = best.Form,
            HeatingBase = best.HeatingBase,
            CoolingBase = best.CoolingBase,
            Method = inputs.Method,
            Candidates = summaries,
            Observations = chosen,
            IncompletePeriods = built.IncompletePeriods,
        };
    }

    private List<string> SelectOtherDrivers(WeatherModelInputs inputs, IReadOnlyList<RegressionObservation> observations, List<string> leftOut, out RegressionOutcome? outcome)
    {
        outcome = null;
        var others = inputs.OtherDrivers.Keys.ToList();
        if (others.Count == 0)
        {
            return [];
        }

        var selected = new DriverSelection(fitter).Fit(observations, others, inputs.Granularity);
        leftOut.AddRange(selected.LeftOut);
        if (selected.Outcome.IsFitted)
        {
            outcome = selected.Outcome;
            return [.. selected.Drivers];
        }

        // No other driver survives: the weather candidates are tried alone.
        leftOut.AddRange(selected.Drivers.Select(d => $"{d}: {selected.Outcome.Refusal.Detail} Left out of the model."));
        if (!inputs.UsesWeather)
        {
            outcome = selected.Outcome;
            return [.. selected.Drivers];
        }

        return [];
    }

    private static List<(WeatherModelForm Form, List<(double? H, double? C)> Pairs)> Forms(WeatherModelInputs inputs)
    {
        var forms = new List<(WeatherModelForm, List<(double?, double?)>)>();
        if (inputs.Heating)
        {
            forms.Add((WeatherModelForm.Heating, [.. inputs.HeatingBases.Select(h => ((double?)h, (double?)null))]));
        }

        if (inputs.Cooling)
        {
            forms.Add((WeatherModelForm.Cooling, [.. inputs.CoolingBases.Select(c => ((double?)null, (double?)c))]));
        }

        if (inputs.Heating && inputs.Cooling)
        {
            forms.Add((WeatherModelForm.HeatingAndCooling,
                [.. inputs.HeatingBases.SelectMany(h => inputs.CoolingBases.Where(c => c >= h - 1e-9).Select(c => ((double?)h, (double?)c)))]));
        }

        return forms;
    }

    private Candidate? Evaluate(
        Granularity granularity,
        WeatherModelForm form,
        double? h,
        double? c,
        DegreeDaySums sums,
        Design design,
        out CandidateRejection rejection)
    {
        var heating = h is { } hb ? sums.Heating(hb) : null;
        var cooling = c is { } cb ? sums.Cooling(cb) : null;
        if ((heating is not null && TooFew(heating, granularity)) || (cooling is not null && TooFew(cooling, granularity)))
        {
            rejection = CandidateRejection.TooFewDegreeDays;
            return null;
        }

        var columns = design.Columns.ToList();
        var names = design.Drivers.ToList();
        if (heating is not null)
        {
            columns.Add(heating);
            names.Add(DegreeDays.HeatingDriver);
        }

        if (cooling is not null)
        {
            columns.Add(cooling);
            names.Add(DegreeDays.CoolingDriver);
        }

        var firstSlope = design.Columns.Count + 1;
        var score = CandidateFit.Fit(design.Consumption, columns, firstSlope);
        rejection = Rejection(score, firstSlope);
        return rejection == CandidateRejection.None ? new Candidate(form, h, c, null, names, score!.AdjustedRSquared) : null;
    }

    private CandidateRejection Rejection(CandidateScore? score, int firstSlope)
    {
        if (score is null)
        {
            return CandidateRejection.NotFitted;
        }

        var slopes = Enumerable.Range(firstSlope, score.Coefficients.Length - firstSlope).ToList();
        if (slopes.Any(j => !(score.Coefficients[j] > 0)))
        {
            return CandidateRejection.NonPositiveSlope;
        }

        if (slopes.Any(j => !(score.PValues[j] < options.MaxSlopePValue)))
        {
            return CandidateRejection.SlopeNotSignificant;
        }

        return score.Coefficients[0] < 0 ? CandidateRejection.NegativeIntercept : CandidateRejection.None;
    }

    private bool TooFew(double[] degreeDays, Granularity granularity) =>
        degreeDays.Sum() < options.MinTotalDegreeDays
        || (granularity == Granularity.Daily && degreeDays.Count(v => v > 0) < options.MinNonZeroPeriods);

    private static string NothingExplains(WeatherModelInputs inputs, List<CandidateFormSummary> summaries)
    {
        var tried = summaries.Count == 0
            ? "no driver was relevant"
            : string.Join("; ", summaries.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{JsonNamingPolicy.CamelCase.ConvertName(s.Form.ToString())}: {s.Qualified} of {s.Tried} qualified")));
        return inputs.UsesWeather
            ? $"No candidate explains the consumption better than its mean ({tried}): there is no baseline to measure savings against."
            : $"No requested driver explains the consumption ({tried}): there is no baseline to measure savings against.";
    }

    private sealed record Candidate(
        WeatherModelForm Form,
        double? HeatingBase,
        double? CoolingBase,
        RegressionOutcome? Outcome,
        IReadOnlyList<string> Drivers,
        double AdjustedRSquared);

    /// <summary>The baseline's consumption and other drivers as arrays, shared by every candidate.</summary>
    private sealed record Design(double[] Consumption, IReadOnlyList<string> Drivers, IReadOnlyList<double[]> Columns)
    {
        public static Design Of(IReadOnlyList<RegressionObservation> observations, IReadOnlyList<string> drivers) => new(
            [.. observations.Select(o => o.Consumption)],
            drivers,
            [.. drivers.Select(d => observations.Select(o => o.Drivers[d]).ToArray())]);
    }

    private sealed class FormTally(WeatherModelForm form)
    {
        private readonly Dictionary<string, int> _rejected = new(StringComparer.Ordinal);
        private int _tried;
        private int _qualified;
        private Candidate? _best;

        public void Add(Candidate? candidate, CandidateRejection rejection)
        {
            _tried++;
            if (candidate is null)
            {
                var key = JsonNamingPolicy.CamelCase.ConvertName(rejection.ToString());
                _rejected[key] = _rejected.GetValueOrDefault(key) + 1;
                return;
            }

            _qualified++;
            if (_best is null || candidate.AdjustedRSquared > _best.AdjustedRSquared + 1e-12)
            {
                _best = candidate;
            }
        }

        public CandidateFormSummary Summary() =>
            new(form, _tried, _qualified, _rejected, _best?.AdjustedRSquared, _best?.HeatingBase, _best?.CoolingBase);
    }

    /// <summary>Degree-day sums per observation period and balance point, computed once per balance point.</summary>
    private sealed class DegreeDaySums(WeatherModelInputs inputs, IReadOnlyList<RegressionObservation> observations)
    {
        private readonly Dictionary<DateOnly, DailyTemperature> _days = inputs.Temperatures.Where(t => t.IsSufficient).GroupBy(t => t.Day).ToDictionary(g => g.Key, g => g.First());
        private readonly Dictionary<double, double[]> _heating = [];
        private readonly Dictionary<double, double[]> _cooling = [];

        public double[] Heating(double baseCelsius) => Sums(_heating, baseCelsius, (t, b) => DegreeDays.Heating(t, b, inputs.Method));

        public double[] Cooling(double baseCelsius) => Sums(_cooling, baseCelsius, (t, b) => DegreeDays.Cooling(t, b, inputs.Method));

        private double[] Sums(Dictionary<double, double[]> cache, double baseCelsius, Func<DailyTemperature, double, double> perDay)
        {
            if (!cache.TryGetValue(baseCelsius, out var sums))
            {
                sums = observations.Select(o => Enumerable.Range(0, PeriodCalendar.DaysIn(o.PeriodStart, inputs.Granularity))
                    .Sum(i => perDay(_days[o.PeriodStart.AddDays(i)], baseCelsius))).ToArray();
                cache[baseCelsius] = sums;
            }

            return sums;
        }
    }
}
