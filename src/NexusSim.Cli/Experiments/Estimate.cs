namespace NexusSim.Cli.Experiments;

/// <summary>Mean, median and 95 % t-interval of a sample; the interval is null with fewer than two values.</summary>
internal sealed record Estimate(int Count, double Mean, double Median, double? Low, double? High)
{
    public static Estimate? Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var mean = values.Average();
        var sorted = values.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        if (values.Count < 2)
        {
            return new Estimate(1, mean, median, null, null);
        }

        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        var half = StudentT.Quantile975(values.Count - 1) * Math.Sqrt(variance / values.Count);
        return new Estimate(values.Count, mean, median, mean - half, mean + half);
    }
}
