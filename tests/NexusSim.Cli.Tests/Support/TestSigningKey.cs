using System.Runtime.CompilerServices;

namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// Points every in-process CLI run of this test assembly at a signing key in the temp folder, so
/// no test creates or reads the user's own <c>~/.nexussim/audit-signing-key.pem</c>.
/// </summary>
internal static class TestSigningKey
{
    /// <summary>The key file the tests' runs sign with (created by the first run).</summary>
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nexussim-cli-tests", "audit-signing-key.pem");

    [ModuleInitializer]
    internal static void Use() => Environment.SetEnvironmentVariable("NexusSim__Storage__CheckpointKeyPath", Path);
}
