using TelnetTui.Demo.Chaos;
using TelnetTui.Demo.Chaos.Scenarios;

namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>
/// Runs the receive path once before the first measured scenario, so the JIT's first compilation of
/// the session, engine, inflater and emulator is not counted as a scenario's cost (the app pays it
/// once at start-up, before any host can flood it).
/// </summary>
internal static class Warmup
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _done;

    public static async Task EnsureAsync()
    {
        if (_done)
            return;
        await Once.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_done)
                return;
            foreach (var scenario in new ChaosScenario[] { new Flood(), new MccpEndThenPlain(), new GmcpInvalidJson(), new CsiParameterBomb(), new Utf8Garbage(), new AltScreenToggles() })
            {
                await using var run = await ChaosRun.StartAsync(scenario, warmup: true);
                await run.WaitUntilAsync((s, o) => s.BytesReceived > 2_000_000 || o.Saw(ChaosScenario.DoneMarker(scenario.Name)), TimeSpan.FromSeconds(10));
            }
            _done = true;
        }
        finally
        {
            Once.Release();
        }
    }
}
