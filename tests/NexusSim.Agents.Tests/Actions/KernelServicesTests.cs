using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Moq;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Tests.Actions;

/// <summary>
/// A firm kernel's services are its tier's chat client and the logger factory, and nothing the kernel
/// picks up by itself: its only function filter is the authority filter the firm adds.
/// </summary>
public sealed class KernelServicesTests
{
    [Fact]
    public void FirmKernels_EachAgentResolvesItsTiersClientAndTheHumanNone()
    {
        var manifest = RepoFiles.ShippedManifest;
        var clients = new Dictionary<string, IChatClient>();
        var harness = new EngagementHarness(manifest);
        var kernels = new FirmKernels(harness.Runtime, tier => clients.TryGetValue(tier, out var known) ? known : clients[tier] = new Mock<IChatClient>().Object);
        var recorder = harness.NewRecorder();

        foreach (var actor in manifest.Actors)
        {
            var (kernel, _) = kernels.ForTurn(actor.Id, "0001-test", recorder);
            if (actor.Tier is { } tier)
            {
                Assert.Same(clients[tier], kernel.GetRequiredService<IChatClient>());
            }
            else
            {
                Assert.Throws<KernelException>(() => kernel.GetRequiredService<IChatClient>());
            }

            Assert.IsType<AuthorityFilter>(Assert.Single(kernel.FunctionInvocationFilters));
            Assert.Empty(kernel.PromptRenderFilters);
            Assert.Empty(kernel.AutoFunctionInvocationFilters);
            Assert.NotEmpty(Assert.Single(kernel.Plugins));
        }

        Assert.Equal(manifest.Actors.Where(a => a.Tier is not null).Select(a => a.Tier!).Distinct().Order(), clients.Keys.Order());
    }

    [Fact]
    public void FirmKernels_LoggerFactoryGiven_IsTheKernelsAndNoneGivenLogsNowhere()
    {
        var harness = new EngagementHarness(RepoFiles.ShippedManifest);
        var loggers = new Mock<ILoggerFactory>().Object;
        var actor = RepoFiles.ShippedManifest.Actors[0].Id;

        var given = new FirmKernels(harness.Runtime, null, loggerFactory: loggers).ForTurn(actor, "0001-test", harness.NewRecorder()).Kernel;
        var none = new FirmKernels(harness.Runtime, null).ForTurn(actor, "0001-test", harness.NewRecorder()).Kernel;

        Assert.Same(loggers, given.LoggerFactory);
        Assert.Same(NullLoggerFactory.Instance, none.LoggerFactory);
    }

    [Fact]
    public void GetService_AListOfAnyService_IsEmptyAndAnythingUnregisteredIsNull()
    {
        var services = new KernelServices(null, null);

        Assert.Empty(Assert.IsType<IFunctionInvocationFilter[]>(services.GetService(typeof(IEnumerable<IFunctionInvocationFilter>))));
        Assert.Same(services.GetService(typeof(IEnumerable<KernelPlugin>)), services.GetService(typeof(IEnumerable<KernelPlugin>)));
        Assert.Null(services.GetService(typeof(IChatClient)));
        Assert.Null(services.GetService(typeof(ILoggerFactory)));
        Assert.Null(services.GetService(typeof(EngagementState)));
        Assert.Null(services.GetService(typeof(List<IChatClient>)));
        Assert.Throws<ArgumentNullException>(() => services.GetService(null!));
    }
}
