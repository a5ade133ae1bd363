using Microsoft.SemanticKernel;
using NexusSim.Agents.Actions;

namespace NexusSim.Agents.Turns;

/// <summary>Maps a tool name as a model sees it (<c>firm_submit_deliverable</c>, <c>firm-…</c>) back to the action.</summary>
public static class ToolNames
{
    /// <summary>True when <paramref name="toolName"/> names a firm action on <paramref name="kernel"/>.</summary>
    public static bool TryResolve(Kernel kernel, string toolName, out string action)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(toolName);
        foreach (var separator in new[] { "_", "-", "." })
        {
            var prefix = FirmActionPlugin.Name + separator;
            if (toolName.StartsWith(prefix, StringComparison.Ordinal)
                && kernel.Plugins.TryGetFunction(FirmActionPlugin.Name, toolName[prefix.Length..], out _))
            {
                action = toolName[prefix.Length..];
                return true;
            }
        }

        action = string.Empty;
        return false;
    }
}
