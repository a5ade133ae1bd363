using System.Reflection;
using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Core.Tests.Manifest.Loading;

public sealed class ErrorCodesTests
{
    private static readonly IReadOnlyList<(string Name, string Code)> Codes =
    [
        .. typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!)),
    ];

    [Fact]
    public void ErrorCodes_AllConstants_AreDistinct()
    {
        var codes = Codes.Select(c => c.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^NX[0-9]{4}$", code));
    }

    [Fact]
    public void ManifestErrorsDoc_EveryCode_HasASectionWithExampleAndFix()
    {
        var doc = File.ReadAllText(FindDoc());
        var sections = doc.Split("\n### ", StringSplitOptions.None).Skip(1).ToList();

        foreach (var (name, code) in Codes)
        {
            var section = sections.SingleOrDefault(s => s.StartsWith($"{code} {name}\n", StringComparison.Ordinal));
            Assert.True(section is not null, $"docs/manifest-errors.md has no '### {code} {name}' section.");
            Assert.Contains("- Example:", section, StringComparison.Ordinal);
            Assert.Contains("- Fix:", section, StringComparison.Ordinal);
        }

        Assert.Equal(Codes.Count, sections.Count);
    }

    private static string FindDoc()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "manifest-errors.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/manifest-errors.md was not found above the test output directory.");
    }
}
