using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Audit;

public sealed class AuditVerifyCommandTests(AuditRunFixture fixture) : IClassFixture<AuditRunFixture>, IDisposable
{
    private readonly TempDirectory _out = new();

    public void Dispose() => _out.Dispose();

    [Fact]
    public async Task Verify_FreshRunDirectory_ExitsZero()
    {
        var run = fixture.CopyInto(_out.Path);

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok   run.db", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok   audit.jsonl", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RunIdUnderOut_ExitsZero()
    {
        var run = fixture.CopyInto(_out.Path);

        var result = await CliRunner.RunAsync("audit", "verify", Path.GetFileName(run), "--out", _out.Path);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Verify_RunIdUnderDashO_ExitsZero()
    {
        var run = fixture.CopyInto(_out.Path);

        var result = await CliRunner.RunAsync("audit", "verify", Path.GetFileName(run), "-o", _out.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok   run.db", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EditedAuditLine_ExitsOneNamingTheEntry()
    {
        var run = fixture.CopyInto(_out.Path);
        var lines = AuditLines(run);
        var entry = JsonNode.Parse(lines[4])!;
        entry["reason"] = "Nothing to see here.";
        lines[4] = entry.ToJsonString();
        WriteAudit(run, lines);

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL audit.jsonl: first bad entry #5", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok   run.db", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedAuditLine_ExitsOneNamingTheMissingEntry()
    {
        var run = fixture.CopyInto(_out.Path);
        var lines = AuditLines(run);
        lines.RemoveAt(6);
        WriteAudit(run, lines);

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("first bad entry #7", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SwappedAuditLines_ExitsOne()
    {
        var run = fixture.CopyInto(_out.Path);
        var lines = AuditLines(run);
        (lines[2], lines[3]) = (lines[3], lines[2]);
        WriteAudit(run, lines);

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL audit.jsonl: first bad entry #", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TruncatedAuditTail_ExitsOneNamingTheRemovedEntries()
    {
        var run = fixture.CopyInto(_out.Path);
        var lines = AuditLines(run);
        var kept = lines.Count - 2;
        WriteAudit(run, lines.Take(kept).ToList());

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"first bad entry #{kept + 1}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AuditCutMidLine_ExitsOne()
    {
        var run = fixture.CopyInto(_out.Path);
        var path = Path.Combine(run, "audit.jsonl");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL audit.jsonl", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EditedDatabaseEntry_ExitsOneNamingTheEntry()
    {
        var run = fixture.CopyInto(_out.Path);
        var connection = new SqliteConnection($"Data Source={Path.Combine(run, "run.db")};Pooling=False");
        await using (connection)
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            await using (command)
            {
                command.CommandText = "DROP TRIGGER audit_entries_append_only_update; UPDATE audit_entries SET reason = 'edited' WHERE sequence = 3;";
                await command.ExecuteNonQueryAsync();
            }
        }

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL run.db: first bad entry #3", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnknownRun_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("audit", "verify", "run-does-not-exist", "--out", _out.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no run 'run-does-not-exist'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FreshRun_ChecksTheDeliveredFilesAgainstTheSeal()
    {
        var run = fixture.CopyInto(_out.Path);

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Contains("ok   files:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sealed by key", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DocxDeliverableEdited_ExitsOneNamingTheFile()
    {
        var run = fixture.CopyInto(_out.Path);
        var docx = Directory.GetFiles(Path.Combine(run, "deliverables"), "*.docx").Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(docx, "x");

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"deliverables/{Path.GetFileName(docx)} was changed", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok   run.db", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TrailSwappedInFromAnotherRun_ExitsOneOnTheFiles()
    {
        var run = fixture.CopyInto(_out.Path);
        var otherOut = Path.Combine(_out.Path, "other");
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(otherOut, "--manifest", Paths.FiveAgentFirm, "--seed", "7")).ExitCode);
        var other = RunOutput.Single(otherOut).Directory;
        foreach (var name in new[] { "run.db", "audit.jsonl", "audit.checkpoint.json" })
        {
            File.Copy(Path.Combine(other, name), Path.Combine(run, name), overwrite: true);
        }

        var result = await CliRunner.RunAsync("audit", "verify", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL files: The delivered files differ from the end-of-run record", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithThePrintedPublicKey_ExitsZeroAndWithAStrangersKeyExitsOne()
    {
        var run = fixture.CopyInto(_out.Path);
        var printed = await CliRunner.RunAsync("audit", "public-key");
        var mine = Path.Combine(_out.Path, "mine.pub.pem");
        await File.WriteAllTextAsync(mine, printed.Output);
        using var stranger = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var theirs = Path.Combine(_out.Path, "stranger.pub.pem");
        await File.WriteAllTextAsync(theirs, stranger.ExportSubjectPublicKeyInfoPem());

        var withMine = await CliRunner.RunAsync("audit", "verify", run, "--public-key", mine);
        var withTheirs = await CliRunner.RunAsync("audit", "verify", run, "--public-key", theirs);

        Assert.Equal(0, printed.ExitCode);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", printed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE", printed.Output, StringComparison.Ordinal);
        Assert.Equal(0, withMine.ExitCode);
        Assert.Equal(1, withTheirs.ExitCode);
        Assert.Contains("signed with another key", withTheirs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_PublicKeyFileMissing_ExitsTwoNamingTheOption()
    {
        var run = fixture.CopyInto(_out.Path);

        var result = await CliRunner.RunAsync("audit", "verify", run, "--public-key", Path.Combine(_out.Path, "nope.pem"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--public-key", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_PublicKeyIsAFolder_ExitsTwoSayingAFileIsExpected()
    {
        var run = fixture.CopyInto(_out.Path);

        var result = await CliRunner.RunAsync("audit", "verify", run, "--public-key", _out.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: --public-key: Key file: '{_out.Path}' is a folder, not a regular file: a file is expected here.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("no file", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_PublicKeyFileThatIsNotAKey_ExitsTwoNamingTheFileWithoutClaimingTheTrailIsBroken()
    {
        var run = fixture.CopyInto(_out.Path);
        var notAKey = Path.Combine(_out.Path, "README.md");
        await File.WriteAllTextAsync(notAKey, "# NexusSim\n\nNot a key.\n");

        var result = await CliRunner.RunAsync("audit", "verify", run, "--public-key", notAKey);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: --public-key: Key file '{notAKey}' holds no ECDSA P-256 key", result.Output, StringComparison.Ordinal);
        Assert.Contains("`nexussim audit public-key` prints", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("does not verify", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OwnSigningKeyFileThatIsNotAKey_ExitsTwoNamingTheSetting()
    {
        var run = fixture.CopyInto(_out.Path);
        var notAKey = Path.Combine(_out.Path, "garbled-key.pem");
        await File.WriteAllTextAsync(notAKey, "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        var config = Path.Combine(_out.Path, "settings.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { NexusSim = new { Storage = new { CheckpointKeyPath = notAKey } } }));

        var result = await CliRunner.RunAsync("--config", config, "audit", "verify", run);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Key file '{notAKey}' holds no ECDSA P-256 key", result.Output, StringComparison.Ordinal);
        Assert.Contains("NexusSim:Storage:CheckpointKeyPath", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NoOwnSigningKeyAndNoPublicKey_ExitsTwoSayingWhatToGiveWithoutClaimingTheTrailIsBroken()
    {
        var run = fixture.CopyInto(_out.Path);
        var missing = Path.Combine(_out.Path, "no-such-folder", "audit-signing-key.pem");
        var config = Path.Combine(_out.Path, "settings.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { NexusSim = new { Storage = new { CheckpointKeyPath = missing } } }));

        var result = await CliRunner.RunAsync("--config", config, "audit", "verify", run);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"no audit signing key at {missing}", result.Output, StringComparison.Ordinal);
        Assert.Contains("--public-key FILE", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(missing), "verifying must not create a signing key");
    }

    private static List<string> AuditLines(string run) =>
        [.. File.ReadAllLines(Path.Combine(run, "audit.jsonl")).Where(l => l.Length > 0)];

    private static void WriteAudit(string run, List<string> lines) =>
        File.WriteAllText(Path.Combine(run, "audit.jsonl"), string.Join('\n', lines) + "\n");
}
