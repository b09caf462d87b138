using TelnetTui.Telnet.Engine;

namespace TelnetTui.Telnet.Options;

/// <summary>The handlers every engine has, one per option it understands.</summary>
internal static class OptionHandlers
{
    public static IEnumerable<TelnetOptionHandler> CreateAll(TelnetEngine engine) =>
    [
        new BinaryOption(engine),
        new EchoOption(engine),
        new SuppressGoAheadOption(engine),
        new StatusOption(engine),
        new TimingMarkOption(engine),
        new LogoutOption(engine),
        new TerminalTypeOption(engine),
        new EndOfRecordOption(engine),
        new NawsOption(engine),
        new TerminalSpeedOption(engine),
        new LinemodeOption(engine),
        new EnvironOption(engine),
        new NewEnvironOption(engine),
        new CharsetOption(engine),
        new MsdpOption(engine),
        new MsspOption(engine),
        new Mccp2Option(engine),
        new Mccp3Option(engine),
        new GmcpOption(engine),
    ];
}
