using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Moq;
using NexusSim.Agents.Tests.Support;
using NexusSim.Agents.Transcripts;

namespace NexusSim.Agents.Tests.Transcripts;

/// <summary>
/// A failed model call is the engagement's to report (retried and audited, or the run ends provider_failed):
/// the tier pipeline's logging client writes its failure at Debug, so the console does not print a stack
/// trace for every retried 503; what it logs below Error keeps its level.
/// </summary>
public sealed class ModelCallFailureLogsTests
{
    [Fact]
    public async Task Wrap_ModelCallFails_TheFailureIsLoggedAtDebugWithItsExceptionAndNothingAtError()
    {
        var levels = new List<(LogLevel Level, Exception? Exception)>();
        var logger = new Mock<ILogger>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        logger.Setup(l => l.Log(It.IsAny<LogLevel>(), It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()))
            .Callback(new InvocationAction(call => levels.Add(((LogLevel)call.Arguments[0]!, (Exception?)call.Arguments[3]))));
        var loggers = new Mock<ILoggerFactory>();
        loggers.Setup(f => f.CreateLogger(It.IsAny<string>())).Returns(logger.Object);
        var model = new Mock<IChatClient>();
        var failure = new HttpRequestException("The model service is temporarily unavailable (simulated 503).");
        model.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>())).ThrowsAsync(failure);
        using var directory = new TempDirectory();
        using var writer = new TranscriptWriter(Path.Combine(directory.Path, TranscriptWriter.FileName));

        var client = TranscriptPipeline.Wrap(_ => model.Object, writer, loggers.Object)("fast");

        Assert.Same(failure, await Assert.ThrowsAsync<HttpRequestException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hello")])));
        Assert.Contains((LogLevel.Debug, failure), levels);
        Assert.DoesNotContain(levels, l => l.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData(LogLevel.Critical, LogLevel.Debug)]
    [InlineData(LogLevel.Error, LogLevel.Debug)]
    [InlineData(LogLevel.Warning, LogLevel.Warning)]
    [InlineData(LogLevel.Information, LogLevel.Information)]
    [InlineData(LogLevel.Trace, LogLevel.Trace)]
    public void CreateLogger_EachLevel_ErrorsAndAboveWrittenAtDebugTheRestAsTheyAre(LogLevel logged, LogLevel written)
    {
        var logger = new Mock<ILogger>();
        logger.Setup(l => l.IsEnabled(written)).Returns(true);
        var loggers = new Mock<ILoggerFactory>();
        loggers.Setup(f => f.CreateLogger("c")).Returns(logger.Object);
        using var demoted = new ModelCallFailureLogs(loggers.Object);
        var created = demoted.CreateLogger("c");

        Assert.True(created.IsEnabled(logged));
        created.Log(logged, new EventId(1), "state", null, (s, _) => s);

        logger.Verify(l => l.Log(written, new EventId(1), "state", null, It.IsAny<Func<string, Exception?, string>>()), Times.Once);
    }
}
