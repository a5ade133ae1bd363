namespace NexusSim.Cli.Experiments;

/// <summary>The 97.5 % quantile of Student's t distribution (two-sided 95 % intervals).</summary>
internal static class StudentT
{
    // t(0.975, df) for df = 1..30 (standard tables).
    private static readonly double[] Table =
    [
        12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
        2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
        2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
    ];

    private const double Z = 1.959963984540054;

    /// <summary>t(0.975, df); beyond 30 degrees of freedom the Cornish-Fisher expansion (error below 1e-5).</summary>
    public static double Quantile975(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (degreesOfFreedom <= Table.Length)
        {
            return Table[degreesOfFreedom - 1];
        }

        double n = degreesOfFreedom, z2 = Z * Z;
        var g1 = (z2 + 1) * Z / 4;
        var g2 = ((5 * z2 + 16) * z2 + 3) * Z / 96;
        var g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * Z / 384;
        var g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * Z / 92160;
        return Z + g1 / n + g2 / (n * n) + g3 / (n * n * n) + g4 / (n * n * n * n);
    }
}
