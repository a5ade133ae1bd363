namespace NexusSim.Agents.Stub.Content;

/// <summary>The names of the facts the fact base itself reads back (templates may use every entry).</summary>
internal static class FactNames
{
    public const string Headcount = "headcount";
    public const string Readiness = "readiness";
    public const string Maturity = "maturity";
    public const string Baseline = "baseline";
    public const string Budget = "budget";
    public const string UseCaseValue = "usecase_value";

    /// <summary>The readiness dimensions, as fact-name suffixes (<c>dim_…</c> for the client, <c>peer_…</c> for the peer median).</summary>
    public static readonly string[] Dimensions = ["tech", "data", "culture", "workforce", "regulatory", "footprint"];

    /// <summary>The investment scenarios, as fact-name suffixes.</summary>
    public static readonly string[] Scenarios = ["conservative", "base", "aggressive"];
}
