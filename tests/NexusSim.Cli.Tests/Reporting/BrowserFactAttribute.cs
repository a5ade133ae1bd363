namespace NexusSim.Cli.Tests.Reporting;

/// <summary>
/// A fact that needs Debian's chromium at /usr/bin/chromium. Without it the test is skipped with
/// the reason, unless NEXUSSIM_REQUIRE_BROWSER=1 (set by .ci/run), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public const string RequireVariable = "NEXUSSIM_REQUIRE_BROWSER";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser test, or set {RequireVariable}=1 to make its absence a failure.";
        }
    }
}
