using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Tests.Support;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace NexusSim.Cli.Tests.Hosting;

public sealed class CancellationLogFilterTests
{
    [Theory]
    [InlineData("Microsoft.SemanticKernel.KernelFunction")]
    [InlineData("Microsoft.SemanticKernel")]
    public void IsKernelCancellation_KernelFunctionCancelled_IsDropped(string source)
    {
        Assert.True(CancellationLogFilter.IsKernelCancellation(Event(source, new OperationCanceledException())));
        Assert.True(CancellationLogFilter.IsKernelCancellation(Event(source, new TaskCanceledException())));
    }

    [Theory]
    [InlineData("Microsoft.SemanticKernel.KernelFunction", typeof(InvalidOperationException))]
    [InlineData("NexusSim.Cli.Running.EngagementRunner", typeof(OperationCanceledException))]
    [InlineData("Microsoft.SemanticKernelish.Other", typeof(OperationCanceledException))]
    [InlineData(null, typeof(OperationCanceledException))]
    public void IsKernelCancellation_AnyOtherFailureOrSource_IsKept(string? source, Type exception)
    {
        Assert.False(CancellationLogFilter.IsKernelCancellation(Event(source, (Exception)Activator.CreateInstance(exception)!)));
    }

    [Fact]
    public void IsKernelCancellation_NoException_IsKept()
    {
        Assert.False(CancellationLogFilter.IsKernelCancellation(Event("Microsoft.SemanticKernel.KernelFunction", null)));
    }

    [Fact]
    public async Task Host_KernelLogsACancelledAndAFailedFunction_OnlyTheFailureReachesTheSinks()
    {
        var sink = new CollectingSink();

        var exit = await NexusHost.RunAsync(
            new TestConsole().Console,
            builder => builder.Services.AddSingleton<ILogEventSink>(sink),
            (services, _) =>
            {
                var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.SemanticKernel.KernelFunction");
                logger.LogError(new OperationCanceledException(), "Function {Name} failed.", "firm-release_to_client");
                logger.LogError(new InvalidOperationException("broken"), "Function {Name} failed.", "firm-submit_deliverable");
                return Task.FromResult(0);
            },
            CancellationToken.None);

        Assert.Equal(0, exit);
        var kept = Assert.Single(sink.Events, e => e.Properties.TryGetValue("Name", out _));
        Assert.IsType<InvalidOperationException>(kept.Exception);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (_events)
                {
                    return [.. _events];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_events)
            {
                _events.Add(logEvent);
            }
        }
    }

    private static LogEvent Event(string? source, Exception? exception)
    {
        var properties = source is null ? [] : new[] { new LogEventProperty("SourceContext", new ScalarValue(source)) };
        return new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Error, exception, new MessageTemplateParser().Parse("Function {Name} failed."), properties);
    }
}
