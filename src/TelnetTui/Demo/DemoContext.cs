using TelnetTui.Demo.Assets;
using TelnetTui.Demo.Mud;

namespace TelnetTui.Demo;

/// <summary>What every session of one <see cref="DemoServer"/> shares: options, assets, the MUD world and who is in it.</summary>
internal sealed class DemoContext
{
    private int _nextSession;

    public DemoContext(DemoServerOptions options, DemoAssets assets)
    {
        Options = options;
        Assets = assets;
        StartedAt = options.Clock.GetUtcNow();
        Realm = new MudRealm(assets.World, options.Clock);
    }

    public DemoServerOptions Options { get; }

    public TimeProvider Clock => Options.Clock;

    public DemoAssets Assets { get; }

    public MudRealm Realm { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The port actually listened on (MSSP reports it).</summary>
    public int Port { get; set; }

    public int NextSessionId() => Interlocked.Increment(ref _nextSession);
}
