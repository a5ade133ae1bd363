using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>An approval gate runs no checks and always blocks: fields that would be ignored on it are refused (NX0068).</summary>
public sealed class ManifestLoaderApprovalGateFieldTests
{
    private const string Delivery = ValidManifest.DeliveryFile;

    private const string Signoff = "    kind: approval\n";

    [Fact]
    public void Load_ApprovalGateWithChecks_ReportsApprovalGateFieldAtTheChecks()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, Signoff, Signoff + "    checks: [structure]\n");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.ApprovalGateField, Delivery, workspace.LineOf(Delivery, "checks: [structure]\n"),
            "Approval gate 'principal_signoff' lists checks");
        Assert.Contains("Remove 'checks' from 'principal_signoff'", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ApprovalGateNotBlocking_ReportsApprovalGateFieldAtBlocking()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "    on_fail: escalate\n    blocking: true\n", "    on_fail: escalate\n    blocking: false\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ApprovalGateField, Delivery, workspace.LineOf(Delivery, "blocking: false"),
            "Approval gate 'principal_signoff' has blocking: false");
    }

    [Fact]
    public void Load_ReviewGateWithChecksAndNotBlocking_IsValid()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "    max_attempts: 2\n", "    max_attempts: 2\n    checks: [voice]\n    blocking: false\n");

        var result = workspace.Load();

        Assert.True(result.IsValid, ManifestAssert.Describe(result));
    }

    [Fact]
    public void Load_ApprovalGateExplicitlyBlocking_IsValid()
    {
        using var workspace = ManifestWorkspace.Valid();

        var result = workspace.Load();

        Assert.Contains("blocking: true", File.ReadAllText(workspace.PathOf(Delivery)), StringComparison.Ordinal);
        Assert.True(result.IsValid, ManifestAssert.Describe(result));
    }
}
