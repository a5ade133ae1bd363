using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Variants;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Variants;

/// <summary>
/// <see cref="ManifestVariant.Keys"/> drives --help, the "did you mean" hint and the docs, so it must
/// be exactly the keys the applier accepts: the accepted shapes are read from the applier's own switch
/// (its <c>case</c> patterns, parsed with Roslyn), not from a copied list, and compared both ways.
/// </summary>
public sealed class VariantKeysTests
{
    private static readonly FirmManifest Shipped = ManifestLoader.Load(RepoRoot.ShippedManifest).Manifest!;

    // A key's shape: its dot-separated parts, with a placeholder (<id>, <tier>…) or a captured part as "*".
    private static string ShapeOf(string key) =>
        string.Join('.', key.Split('.').Select(p => p.StartsWith('<') && p.EndsWith('>') ? "*" : p));

    [Fact]
    public void Keys_SameShapesAsTheCasesThatApplyASetting()
    {
        var (applying, _) = SwitchShapes();

        AssertSameShapes(applying, "applies");
    }

    [Fact]
    public void Keys_SameShapesAsTheCasesThatTakeABadValue()
    {
        // A known key with a bad value falls through to these cases, so it is never reported as unknown.
        var (_, refusing) = SwitchShapes();

        AssertSameShapes(refusing, "takes a bad value of");
    }

    [Fact]
    public void Apply_EveryListedKeyWithABadValue_NeverNotAGovernanceSetting()
    {
        foreach (var key in ManifestVariant.Keys)
        {
            var pair = string.Join('.', key.Split('.').Select(p => p.StartsWith('<') ? "no_such_id" : p)) + "=\u00bfbad?";

            var result = ManifestVariant.Apply(Shipped, [], [pair]);

            Assert.False(result.IsValid, pair);
            Assert.False(result.Errors.Any(e => e.Code == ErrorCodes.OverlayUnknownSetting), $"'{pair}' is refused as not a governance setting");
        }
    }

    [Fact]
    public void GovernanceVariantsDoc_KeysTable_ListsExactlyTheKeys()
    {
        var doc = File.ReadAllLines(RepoRoot.Combine("docs", "governance-variants.md"));
        var table = doc.SkipWhile(l => l != "## Keys").Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2);
        var documented = table.Select(l => l.Split('|')[1].Trim().Trim('`')).ToList();

        Assert.Equal(ManifestVariant.Keys.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    private static void AssertSameShapes(IReadOnlySet<string> fromCode, string verb)
    {
        var listed = ManifestVariant.Keys.Select(ShapeOf).ToHashSet(StringComparer.Ordinal);
        var unlisted = fromCode.Except(listed).Order(StringComparer.Ordinal).ToList();
        var dead = listed.Except(fromCode).Order(StringComparer.Ordinal).ToList();
        Assert.True(unlisted.Count == 0, $"A case of ManifestVariant.Set {verb} these, ManifestVariant.Keys does not list them: {string.Join(", ", unlisted)}");
        Assert.True(dead.Count == 0, $"ManifestVariant.Keys lists these, no case of ManifestVariant.Set {verb} them: {string.Join(", ", dead)}");
        Assert.Equal(ManifestVariant.Keys.Count, ManifestVariant.Keys.Distinct(StringComparer.Ordinal).Count());
    }

    // The shapes of the switch's cases in ManifestVariant.Set: those with a `when` (they apply the
    // setting when its value is right) and those without (the value was wrong), the default left out.
    private static (HashSet<string> Applying, HashSet<string> Refusing) SwitchShapes()
    {
        var path = RepoRoot.Combine("src", "NexusSim.Core", "Manifest", "Variants", "ManifestVariant.cs");
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
        var set = root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Set");
        var labels = set.DescendantNodes().OfType<SwitchStatementSyntax>().Single().Sections.SelectMany(s => s.Labels).OfType<CasePatternSwitchLabelSyntax>().ToList();
        Assert.NotEmpty(labels);
        var applying = labels.Where(l => l.WhenClause is not null).SelectMany(l => Shapes(l.Pattern)).Select(p => string.Join('.', p)).ToHashSet(StringComparer.Ordinal);
        var refusing = labels.Where(l => l.WhenClause is null).SelectMany(l => Shapes(l.Pattern)).Select(p => string.Join('.', p)).ToHashSet(StringComparer.Ordinal);
        return (applying, refusing);
    }

    // Every list of parts a case pattern matches: ["context", "budget" or "scope"] is two.
    private static IEnumerable<IReadOnlyList<string>> Shapes(PatternSyntax pattern) => pattern switch
    {
        ListPatternSyntax list => list.Patterns.Aggregate(
            (IEnumerable<IReadOnlyList<string>>)[[]],
            (prefixes, part) => prefixes.SelectMany(prefix => Parts(part).Select(p => (IReadOnlyList<string>)[.. prefix, p])).ToList()),
        BinaryPatternSyntax { OperatorToken.Text: "or" } or => [.. Shapes(or.Left), .. Shapes(or.Right)],
        ParenthesizedPatternSyntax inner => Shapes(inner.Pattern),
        _ => throw new InvalidOperationException($"A case pattern the test cannot read: {pattern}"),
    };

    // The values one part of a list pattern matches: a literal, or "*" for a captured or any part.
    private static IEnumerable<string> Parts(PatternSyntax part) => part switch
    {
        ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } => [literal.Token.ValueText],
        VarPatternSyntax or DiscardPatternSyntax or DeclarationPatternSyntax => ["*"],
        ParenthesizedPatternSyntax inner => Parts(inner.Pattern),
        BinaryPatternSyntax { OperatorToken.Text: "or" } or => [.. Parts(or.Left), .. Parts(or.Right)],
        // `var change and ("add" or "remove")`: what the other side allows.
        BinaryPatternSyntax { OperatorToken.Text: "and" } and => Parts(and.Left).SequenceEqual(["*"]) ? Parts(and.Right) : Parts(and.Left),
        _ => throw new InvalidOperationException($"A part of a case pattern the test cannot read: {part}"),
    };
}
