using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests;

public sealed class ValidateFirmContentTests
{
    [Theory]
    [InlineData("brief-schema.yaml", "fields:\n  matter: {type: date}\n", "NX0080")]
    [InlineData("content/99-bad.md", "# widget: x\n", "NX0081")]
    public async Task Validate_FirmFileBroken_ExitsTwoNamingFileAndCode(string file, string text, string code)
    {
        using var firm = new TempDirectory();
        FirmCopy.Create(Paths.FiveAgentFirm, firm.Path);
        var path = Path.Combine(firm.Path, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", firm.Path], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains(Path.GetFileName(file) + ":", console.Output, StringComparison.Ordinal);
        Assert.Contains(code, console.Output, StringComparison.Ordinal);
    }
}
