using Microsoft.Playwright;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>
/// Opens a default run's report.html in headless chromium (Playwright driving Debian's chromium; no
/// browser download). Set NEXUSSIM_REPORT_SCREENSHOT to a path to keep the screenshot there
/// (that is how docs/report.png is regenerated).
/// </summary>
public sealed class ReportBrowserTests : IClassFixture<ReportRunsFixture>
{
    private readonly ReportRunsFixture _runs;

    public ReportBrowserTests(ReportRunsFixture runs) => _runs = runs;

    [BrowserFact]
    public async Task Open_DefaultRunReport_RendersEveryDeliverableAndTheGateTableWithNoErrorAndNoNetwork()
    {
        Assert.True(File.Exists(BrowserFactAttribute.Chromium), $"{BrowserFactAttribute.Chromium} is missing but {BrowserFactAttribute.RequireVariable}=1 requires the browser test: install Debian's chromium.");
        var run = _runs.DefaultRun;
        var report = Path.Combine(run.Directory, "report.html");
        var (playwright, browser, page, errors, requests) = await OpenAsync(report);
        using var _ = playwright;
        await using var __ = browser;

        Assert.Empty(errors);
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        Assert.Single(requests);
        Assert.True(await page.Locator("table.gate-record").First.IsVisibleAsync(), "the gate table is not visible");
        Assert.True(await page.Locator("table.gate-record").CountAsync() > 0);
        foreach (var deliverable in run.Deliverables())
        {
            var section = page.Locator($"#d-{deliverable.Id}");
            Assert.Equal(1, await section.CountAsync());
            Assert.True(await section.IsVisibleAsync(), $"deliverable {deliverable.Id} is not visible");
            Assert.True(await section.Locator("article.markdown h1").CountAsync() > 0, $"deliverable {deliverable.Id} shows no rendered text");
        }

        var screenshot = Environment.GetEnvironmentVariable("NEXUSSIM_REPORT_SCREENSHOT") is { Length: > 0 } kept
            ? kept
            : Path.Combine(run.Directory, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is implausibly small");
    }

    [BrowserFact]
    public async Task Open_PageThatFetchesAndLogsAnError_IsCaughtByTheListeners()
    {
        Assert.True(File.Exists(BrowserFactAttribute.Chromium), $"{BrowserFactAttribute.Chromium} is missing.");
        using var temp = new Support.TempDirectory();
        var page = temp.Combine("bad.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\"><script>console.error('planted')</script></body></html>");

        var (playwright, browser, _, errors, requests) = await OpenAsync(page);
        using var ___ = playwright;
        await using var ____ = browser;

        Assert.Contains(requests, url => url.StartsWith("http://127.0.0.1:9/", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("planted", StringComparison.Ordinal));
    }

    private static async Task<(IPlaywright Playwright, IBrowser Browser, IPage Page, List<string> Errors, List<string> Requests)> OpenAsync(string file)
    {
        var errors = new List<string>();
        var requests = new List<string>();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 } });
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        await page.RouteAsync("**/*", async route =>
        {
            lock (requests)
            {
                requests.Add(route.Request.Url);
            }

            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync();
            }
        });
        var response = await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        return (playwright, browser, page, errors, requests);
    }
}
