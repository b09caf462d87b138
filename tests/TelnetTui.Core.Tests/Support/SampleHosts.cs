using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Tests.Support;

/// <summary>The two hosts appsettings.example.toml holds, written out by hand.</summary>
internal static class SampleHosts
{
    public static HostEntry DemoBbs { get; } = new()
    {
        Id = "demo-bbs",
        Name = "Demo BBS (loopback)",
        Host = "127.0.0.1",
        Port = 2323,
        Encoding = "cp437",
        Mode = HostMode.Bbs,
        TerminalType = "ansi",
        KeyMap = KeyMapKind.AnsiBbs,
        IceColours = true,
        NawsSize = new TerminalSize(80, 25),
        ForceBinary = true,
        Notes = "The demo server built into telnettui: run `telnettui serve --port 2323`.",
        Tags = ["demo", "bbs"],
    };

    public static HostEntry DemoMud { get; } = new()
    {
        Id = "demo-mud",
        Name = "Demo MUD",
        Host = "127.0.0.1",
        Port = 4000,
        Mode = HostMode.Mud,
        Tags = ["demo", "mud"],
        LastConnected = new DateTimeOffset(2024, 3, 1, 20, 15, 0, TimeSpan.Zero),
        TimesConnected = 3,
        Scripts = ["demo-mud.lua"],
        AutoLogin = new AutoLogin("guest", PasswordSource.FromEnvironment("DEMO_MUD_PASSWORD")),
        AutoReconnect = new AutoReconnect(true, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(120), 10),
        OptionPolicies = new Dictionary<string, OptionPolicy> { ["gmcp"] = OptionPolicy.Request, ["mssp"] = OptionPolicy.Refuse },
        Triggers =
        [
            new TriggerRule("^You are hungry", Send: "eat bread"),
            new TriggerRule("tells you", Highlight: "bright-yellow"),
            new TriggerRule("^\\[OOC\\]", Gag: true),
        ],
        Aliases = [new AliasRule("^k (.+)$", "kill $1")],
    };
}
