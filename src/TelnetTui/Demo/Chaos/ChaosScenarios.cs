using TelnetTui.Demo.Chaos.Scenarios;

namespace TelnetTui.Demo.Chaos;

/// <summary>Every chaos scenario by name (what <c>telnettui serve --chaos KIND</c> accepts).</summary>
public static class ChaosScenarios
{
    /// <summary>A fresh instance of each scenario, in the order the help lists them.</summary>
    public static IReadOnlyList<ChaosScenario> Create() =>
    [
        new NegotiationFlipStorm(),
        new WillEverythingStorm(),
        new DeafNegotiationStorm(),
        new EndlessSubnegotiation(),
        new HugeSubnegotiation(),
        new IacEveryByte(),
        new MccpGarbage(),
        new ZlibBomb(),
        new MccpEndThenPlain(),
        new GmcpInvalidJson(),
        new GmcpHugeJson(),
        new MsdpDeepNesting(),
        new RepeatBomb(),
        new CsiParameterBomb(),
        new UnterminatedOsc(),
        new UnterminatedDcs(),
        new AltScreenToggles(),
        new ResizeRequests(),
        new HostileQueries(),
        new Cp437Garbage(),
        new Utf8Garbage(),
        new Slowloris(),
        new Flood(),
        new CloseMidSequence(),
        new ResetMidSequence(),
        new NeverAnswers(),
        new TlsSelfSigned(),
        new TlsChangingCertificate(),
    ];

    public static IEnumerable<string> Names => Create().Select(s => s.Name);

    /// <summary>A fresh instance of the scenario called <paramref name="name"/>, or null.</summary>
    public static ChaosScenario? Find(string name) =>
        Create().FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
