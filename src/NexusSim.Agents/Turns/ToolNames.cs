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
        // The plugin's name, one separator (_, - or .), the function's name.
        var prefix = FirmActionPlugin.Name.Length;
        if (toolName.Length > prefix
            && toolName[prefix] is '_' or '-' or '.'
            && toolName.StartsWith(FirmActionPlugin.Name, StringComparison.Ordinal))
        {
            var name = toolName[(prefix + 1)..];
            if (kernel.Plugins.TryGetFunction(FirmActionPlugin.Name, name, out _))
            {
                action = name;
                return true;
            }
        }

        action = string.Empty;
        return false;
    }
}
