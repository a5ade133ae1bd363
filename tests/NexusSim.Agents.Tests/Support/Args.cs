namespace NexusSim.Agents.Tests.Support;

/// <summary>Builds tool-call arguments.</summary>
internal static class Args
{
    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] args) =>
        args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
}
