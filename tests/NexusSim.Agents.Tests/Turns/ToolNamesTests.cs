using Microsoft.SemanticKernel;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Turns;

namespace NexusSim.Agents.Tests.Turns;

/// <summary>A tool name as a model writes it maps back to the firm action, whichever separator the model's API uses, and nothing else does.</summary>
public sealed class ToolNamesTests
{
    private static Kernel KernelWithSubmit()
    {
        var kernel = Kernel.CreateBuilder().Build();
        kernel.Plugins.AddFromFunctions(FirmActionPlugin.Name, [KernelFunctionFactory.CreateFromMethod(() => "ok", "submit_deliverable")]);
        return kernel;
    }

    [Theory]
    [InlineData("_")]
    [InlineData("-")]
    [InlineData(".")]
    public void TryResolve_PluginSeparatorFunction_TheAction(string separator)
    {
        Assert.True(ToolNames.TryResolve(KernelWithSubmit(), FirmActionPlugin.Name + separator + "submit_deliverable", out var action));
        Assert.Equal("submit_deliverable", action);
    }

    [Theory]
    [InlineData("submit_deliverable")] // no plugin prefix
    [InlineData("{0}")] // the plugin alone
    [InlineData("{0}_")] // a separator and no function
    [InlineData("{0}:submit_deliverable")] // a separator no API uses
    [InlineData("{0}__submit_deliverable")] // two separators
    [InlineData("{0}x_submit_deliverable")] // a longer plugin name
    [InlineData("{0}_release_to_client")] // a function the kernel does not have
    [InlineData("other_submit_deliverable")]
    public void TryResolve_NotAFirmActionOnTheKernel_FalseAndNoAction(string pattern)
    {
        var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, FirmActionPlugin.Name);

        Assert.False(ToolNames.TryResolve(KernelWithSubmit(), name, out var action));
        Assert.Equal(string.Empty, action);
    }
}
