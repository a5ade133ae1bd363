using System.Globalization;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Builds an engagement's <see cref="FactBase"/>. The client's state (dimension scores, peer medians,
/// the metric baseline, process volume and unit saving) is drawn from the brief alone, so every run
/// on the brief describes the same client; the engagement's own figures (targets, stakeholders
/// mapped, scenario adoption, discount rate) are drawn from the brief and the seed. Derived figures
/// (averages, targets as values, use-case value, investment, benefit, NPV, IRR, payback) are computed
/// from their parts, never drawn. Counts the content library declares (<c># fact:</c> blocks) are
/// drawn last, each from its own generator.
/// </summary>
internal static class FactBaseBuilder
{
    private const int Years = 3;

    private static readonly (string Name, double Min, double Max)[] DimensionRanges =
        [("tech", 2.5, 3.4), ("data", 1.4, 2.3), ("culture", 2.0, 3.0), ("workforce", 1.5, 2.4), ("regulatory", 2.2, 3.1), ("footprint", 1.7, 2.7)];

    public static FactBase Build(BriefFacts brief, IndustryProfile industry, ulong seed, IReadOnlyList<DeclaredFact>? declared = null)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(industry);
        var facts = new FactBase { Seed = seed };
        var client = DeterministicRandom.From("facts", "client", brief.Client, brief.Industry, Invariant(brief.Headcount), Invariant(brief.BudgetUsd));
        var engagement = DeterministicRandom.From("facts", "engagement", Invariant(seed), brief.Client, brief.Industry, Invariant(brief.Headcount), Invariant(brief.BudgetUsd));

        facts.Add(new Fact(FactNames.Headcount, brief.Headcount, Formats.Count(brief.Headcount), FactOrigin.Brief, "brief", "the brief's headcount", []));
        facts.Add(new Fact(FactNames.Budget, brief.BudgetUsd, Formats.Money(brief.BudgetUsd), FactOrigin.Brief, "brief", "the brief's programme budget (budget_usd)", []));
        var fee = brief.FeeUsd ?? brief.BudgetUsd;
        facts.Add(new Fact("fee", fee, Formats.Money(fee), FactOrigin.Brief, "brief", "the brief's engagement fee (fee_usd, else budget_usd)", []));

        Scores(facts, client);
        var baseline = client.Next(industry.BaselineMin, industry.BaselineMax + 1);
        facts.Add(new Fact(FactNames.Baseline, baseline, Formats.Count(baseline), FactOrigin.Engagement, "systems", "system export, last twelve months", []));
        Kpis(facts, engagement, baseline, industry);
        PeerMetric(facts, brief, baseline, industry);

        var cases = Math.Max(10, (long)Math.Round(brief.Headcount * Draw(client, 3, 8) / 10.0) * 10);
        facts.Add(new Fact("cases", cases, Formats.Count(cases), FactOrigin.Engagement, "systems", "annual case volume of the first process, system export", []));
        var saving = (decimal)Math.Round(Draw(client, 20, 45));
        facts.Add(new Fact("unit_saving", saving, Formats.Money(saving), FactOrigin.Benchmark, "benchmark", $"saving per case, {industry.Benchmark}", []));
        var value = cases * saving;
        facts.Add(Fact.Computed(FactNames.UseCaseValue, value, Formats.Money(value), "estimate", "cases × unit_saving", "cases", "unit_saving"));

        Count(facts, engagement, "stakeholders", 25, 45, "interviews", "stakeholders mapped in interviews");
        BusinessUnits(facts, engagement, brief);
        var wave = Math.Round(brief.BudgetUsd * (decimal)Draw(engagement, 0.30, 0.45), 0);
        facts.Add(Fact.Computed("first_wave", wave, Formats.Money(wave), "finance", "a share of the programme budget agreed for the first wave", FactNames.Budget));
        InvestmentCase.Add(facts, engagement, Years);
        foreach (var fact in declared ?? [])
        {
            // Each declared count has its own generator, keyed by what it decides, so adding one moves no other figure.
            if (facts.Find(fact.Name) is not null)
            {
                throw new ContentLibraryException(fact.FilePath, fact.Line, $"Fact '{fact.Name}' is already an entry of the fact base; choose another name.");
            }

            if (fact.Sum.Count > 0)
            {
                Sum(facts, fact);
                continue;
            }

            var random = DeterministicRandom.From("facts", "declared", Invariant(seed), brief.Client, fact.Name);
            if (fact.Of.Length > 0)
            {
                Share(facts, random, fact, Workers(fact.Says, industry));
                continue;
            }

            Count(facts, random, fact.Name, fact.Min, fact.Max, fact.Source, Workers(fact.Says, industry));
        }

        return facts;
    }

    // A declared total: the entries it names, each declared before it, added up; nothing is drawn.
    private static void Sum(FactBase facts, DeclaredFact fact)
    {
        var total = 0m;
        foreach (var name in fact.Sum)
        {
            total += (facts.Find(name) ?? throw new ContentLibraryException(fact.FilePath, fact.Line, $"Fact '{fact.Name}' adds up '{name}', which is no fact declared before it.")).Value;
        }

        facts.Add(Fact.Computed(fact.Name, total, Formats.Count((long)total), fact.Source, fact.Says + " (" + string.Join(" + ", fact.Sum) + ")", [.. fact.Sum]));
    }

    // A declared share: a percentage drawn in the fact's range, of the entry it names (built in, or declared before it) times
    // its scale, in whole numbers and at least one.
    private static void Share(FactBase facts, DeterministicRandom random, DeclaredFact fact, string says)
    {
        var of = facts.Find(fact.Of) ?? throw new ContentLibraryException(fact.FilePath, fact.Line, $"Fact '{fact.Name}' is a share of '{fact.Of}', which is no fact built in or declared before it.");
        var percent = random.Next(fact.Min, fact.Max + 1);
        var value = Math.Max(1, (long)Math.Round(of.Value * fact.Scale * percent / 100m, MidpointRounding.AwayFromZero));
        var scale = fact.Scale == 1m ? string.Empty : fact.Scale > 1m ? $" × {Invariant(fact.Scale)}" : $" / {Invariant(Math.Round(1m / fact.Scale))}";
        facts.Add(Fact.Computed(fact.Name, value, Formats.Count(value), fact.Source, $"{says} ({Invariant(percent)}% of {fact.Of}{scale})", fact.Of));
    }

    // A declared fact's description may name the people who do the work as {handler} or {handlers}.
    private static string Workers(string says, IndustryProfile industry) =>
        says.Replace("{handlers}", industry.Workers, StringComparison.Ordinal).Replace("{handler}", industry.Worker, StringComparison.Ordinal);

    private static void Scores(FactBase facts, DeterministicRandom client)
    {
        foreach (var (name, min, max) in DimensionRanges)
        {
            Score(facts, "dim_" + name, Draw(client, min, max), FactOrigin.Engagement, "scoring", "rated from interviews, system evidence and the skills survey");
            Score(facts, "peer_" + name, Draw(client, 2.5, 3.3), FactOrigin.Benchmark, "peers", "peer maturity benchmark median");
        }

        Mean(facts, FactNames.Readiness, "dim_", "scoring");
        Mean(facts, "peer_readiness", "peer_", "peers");
        Score(facts, "top_quartile", Draw(client, 3.5, 4.1), FactOrigin.Benchmark, "peers", "peer maturity benchmark top quartile");
        var readiness = facts.Value(FactNames.Readiness);
        var level = FactBase.LevelFor(readiness);
        facts.Add(Fact.Computed(FactNames.Maturity, Math.Floor(readiness), level, "scoring", "the maturity level of the readiness score", FactNames.Readiness));
    }

    // The peers' median and top quartile of the headline metric, from the industry's benchmark. Every metric is a
    // time (lower is better) and the assessment says the client's baseline is above the peer median, so the median
    // is drawn below the baseline and the top quartile strictly below the median (a top quartile equal to the median
    // reads as an error). Their own generator, keyed by the brief's client (name, industry, headcount, budget), not
    // the seed, so no figure drawn before them moves and every seed describes the same peers. A baseline of 3 or more
    // leaves room for two whole numbers below it; a smaller one (the hospital's 2 hours) would force both to 1, so
    // there they are drawn and written in tenths (1.5 and 1.0 hours).
    private static void PeerMetric(FactBase facts, BriefFacts brief, int baseline, IndustryProfile industry)
    {
        var random = DeterministicRandom.From("facts", "peer-metric", brief.Client, brief.Industry, Invariant(brief.Headcount), Invariant(brief.BudgetUsd));
        var (median, quartile) = PeerMetricValues(baseline, Draw(random, 0.6, 0.85), Draw(random, 0.55, 0.8));
        facts.Add(new Fact("peer_metric", median, Text(median), FactOrigin.Benchmark, "benchmark", $"peer median of the {industry.Metric}, {industry.Benchmark}, below the client's baseline", []));
        facts.Add(new Fact("top_quartile_metric", quartile, Text(quartile), FactOrigin.Benchmark, "benchmark", $"peer top quartile of the {industry.Metric}, {industry.Benchmark}, below the peer median", []));

        string Text(decimal value) => baseline >= 3 ? Formats.Count((long)value) : Formats.OneDecimal((double)value);
    }

    /// <summary>
    /// The peers' median (<paramref name="medianShare"/> of the baseline) and top quartile (<paramref name="quartileShare"/>
    /// of the median) of a lower-is-better metric: top quartile &lt; median &lt; baseline, always. Whole numbers from a
    /// baseline of 3; tenths below it. A baseline under 1 has no room and is refused (the loader refuses such a range).
    /// </summary>
    internal static (decimal Median, decimal Quartile) PeerMetricValues(int baseline, double medianShare, double quartileShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseline, 1);
        if (baseline >= 3)
        {
            var whole = Math.Max(2, Math.Min(baseline - 1, (int)Math.Round(baseline * medianShare)));
            return (whole, Math.Max(1, Math.Min(whole - 1, (int)Math.Round(whole * quartileShare))));
        }

        var tenths = baseline * 10;
        var median = Math.Max(2, Math.Min(tenths - 1, (int)Math.Round(tenths * medianShare)));
        var quartile = Math.Max(1, Math.Min(median - 1, (int)Math.Round(median * quartileShare)));
        return (median / 10m, quartile / 10m);
    }

    private static void Kpis(FactBase facts, DeterministicRandom engagement, int baseline, IndustryProfile industry)
    {
        var target = Percent(facts, engagement, "kpi_target", 15, 30, "workshops", "the one target for the headline metric, agreed with the process owner");
        var targetValue = Math.Round(baseline * (100m - target) / 100m, 1);
        facts.Add(Fact.Computed("kpi_target_value", targetValue, Formats.OneDecimal((double)targetValue), "workshops", "baseline × (1 − kpi_target)", FactNames.Baseline, "kpi_target"));
        var actual = Percent(facts, engagement, "kpi_actual", (int)target - 3, (int)target + 8, "systems", "the measured reduction on actuals");
        var actualValue = Math.Round(baseline * (100m - actual) / 100m, 1);
        facts.Add(Fact.Computed("kpi_actual_value", actualValue, Formats.OneDecimal((double)actualValue), "systems", "baseline × (1 − kpi_actual)", FactNames.Baseline, "kpi_actual"));
        Percent(facts, engagement, "rework_baseline", 60, 72, "systems", "cases closed without rework before the pilot");
        Percent(facts, engagement, "rework_target", 80, 88, "workshops", "target for cases without rework");
        Percent(facts, engagement, "rework_actual", 78, 92, "systems", "cases without rework on actuals");
        // The drafts say the override rate stayed under its ceiling ("held below the ceiling for two weeks",
        // "overrides reached 9% under a ceiling of 12%"): the measured rate is drawn below the ceiling drawn.
        var ceiling = Percent(facts, engagement, "override_target", 10, 15, "workshops", "ceiling for the reviewer override rate");
        var overrides = Percent(facts, engagement, "override_actual", 6, (int)ceiling - 1, "telemetry", "reviewer override rate on actuals, under its ceiling");
        // A draft a reviewer did not override is one the reviewer agreed with: the weekly status's agreement between
        // drafts and decisions is the rest of the override rate, not a figure of its own (89 % agreement beside 6 %
        // overrides under a 10 % ceiling, retail-ops seed 33).
        var agreement = (int)(100m - overrides);
        facts.Add(Fact.Computed("draft_agreement", agreement, Formats.Percent(agreement), "telemetry", "100 % − override_actual", "override_actual"));
        Score(facts, "satisfaction_baseline", Draw(engagement, 2.6, 3.2), FactOrigin.Engagement, "survey", $"{industry.Worker} satisfaction, pulse survey");
        Score(facts, "satisfaction_target", Draw(engagement, 3.6, 4.2), FactOrigin.Engagement, "workshops", $"target {industry.Worker} satisfaction");
        Percent(facts, engagement, "discount_rate", 8, 12, "finance", "the client's discount rate for investment cases");
    }

    private static void Mean(FactBase facts, string name, string prefix, string source)
    {
        var inputs = FactNames.Dimensions.Select(d => prefix + d).ToArray();
        var mean = Math.Round(inputs.Average(facts.Value), 1, MidpointRounding.AwayFromZero);
        facts.Add(Fact.Computed(name, mean, Formats.OneDecimal((double)mean), source, "mean of " + string.Join(", ", inputs), inputs));
    }

    private static void Score(FactBase facts, string name, double value, FactOrigin origin, string source, string derivation)
    {
        var rounded = Math.Round((decimal)value, 1, MidpointRounding.AwayFromZero);
        facts.Add(new Fact(name, rounded, Formats.OneDecimal((double)rounded), origin, source, derivation, []));
    }

    private static decimal Percent(FactBase facts, DeterministicRandom random, string name, int min, int max, string source, string derivation)
    {
        var value = random.Next(min, max + 1);
        facts.Add(new Fact(name, value, Formats.Percent(value), FactOrigin.Engagement, source, derivation, []));
        return value;
    }

    // The business units the work covers. A brief that counts the client's business units ("Three business
    // units ran experiments") fixes the figure, so no draft maps stakeholders across five units of a bank
    // that has three; one that scopes them ("Two of the three business units must be covered") fixes it
    // at the units in scope, so no draft rates the unit the client kept out. The draw is still made, so
    // the figures drawn after it do not move.
    private static void BusinessUnits(FactBase facts, DeterministicRandom engagement, BriefFacts brief)
    {
        var drawn = engagement.Next(4, 8);
        if ((BriefCounts.Covered(brief, "business units") ?? BriefCounts.Of(brief, "business units")) is { } stated)
        {
            facts.Add(new Fact("business_units", stated, Formats.Count(stated), FactOrigin.Brief, "interviews", "business units the brief counts", []));
            return;
        }

        facts.Add(new Fact("business_units", drawn, Formats.Count(drawn), FactOrigin.Engagement, "interviews", "business units covered", []));
    }

    private static void Count(FactBase facts, DeterministicRandom random, string name, int min, int max, string source, string derivation)
    {
        var value = random.Next(min, max + 1);
        facts.Add(new Fact(name, value, Formats.Count(value), FactOrigin.Engagement, source, derivation, []));
    }

    private static double Draw(DeterministicRandom random, double min, double max) => min + ((max - min) * random.NextDouble());

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
