using Microsoft.SemanticKernel;

namespace NexusSim.Agents.Actions;

/// <summary>Kernel arguments as the read-only map the guard and the action bodies take.</summary>
internal static class ArgumentMap
{
    public static Dictionary<string, object?> From(KernelArguments arguments)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            map[name] = value;
        }

        return map;
    }
}
