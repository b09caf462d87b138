using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Telnet.Tests.Negotiation;

/// <summary>
/// DESIGN.md: "no loops". Two engines wired back to back, each making random enable/disable requests
/// (with random policies, and with re-acknowledge on both), always go quiet within a bounded number of
/// exchanges, and end with matching states on both ends.
/// </summary>
public class NegotiationConvergenceTests
{
    private static readonly byte[] Options = [0, 1, 3, 24, 25, 31, 42, 93, 200];

    [Fact]
    public void Two_engines_never_loop_and_agree_on_every_option()
    {
        var request = from option in Gen.Elements(Options)
                      from local in ArbMap.Default.GeneratorFor<bool>()
                      from enable in ArbMap.Default.GeneratorFor<bool>()
                      from fromA in ArbMap.Default.GeneratorFor<bool>()
                      select (option, local, enable, fromA);
        var gen = from requests in Gen.ArrayOf(request)
                  from policies in Gen.ArrayOf(Gen.Elements(OptionPolicy.Refuse, OptionPolicy.Accept, OptionPolicy.Offer), Options.Length * 4)
                  from reack in ArbMap.Default.GeneratorFor<bool>()
                  select (requests, policies, reack);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var a = new TelnetEngine(Settings(t.policies, 0, t.reack));
            var b = new TelnetEngine(Settings(t.policies, 2, t.reack));
            a.Start();
            b.Start();
            foreach (var (option, local, enable, fromA) in t.requests)
            {
                var who = fromA ? a : b;
                var side = local ? TelnetSide.Local : TelnetSide.Remote;
                if (enable)
                    who.RequestEnable(side, option);
                else
                    who.RequestDisable(side, option);
                if (!Pump(a, b))
                    return false;
            }
            if (!Pump(a, b))
                return false;
            foreach (var o in Options)
            {
                var aState = a.GetState(o);
                var bState = b.GetState(o);
                if (aState.Local.IsPending || aState.Remote.IsPending || bState.Local.IsPending || bState.Remote.IsPending)
                    return false;
                if (aState.Local.IsEnabled != bState.Remote.IsEnabled || aState.Remote.IsEnabled != bState.Local.IsEnabled)
                    return false;
            }
            return true;
        }));
    }

    /// <summary>Delivers output back and forth; false if it has not gone quiet after 50 round trips.</summary>
    private static bool Pump(TelnetEngine a, TelnetEngine b)
    {
        for (var round = 0; round < 50; round++)
        {
            if (!a.HasPendingOutput && !b.HasPendingOutput)
                return true;
            var fromA = a.TakeOutput();
            var fromB = b.TakeOutput();
            b.Receive(fromA);
            a.Receive(fromB);
        }
        return false;
    }

    private static TelnetSettings Settings(OptionPolicy[] policies, int offset, bool reack)
    {
        var policy = new NegotiationPolicy();
        for (var i = 0; i < Options.Length; i++)
        {
            policy.Set(Options[i], TelnetSide.Local, policies[(i * 4 + offset) % policies.Length]);
            policy.Set(Options[i], TelnetSide.Remote, policies[(i * 4 + offset + 1) % policies.Length]);
        }
        // Options with side effects that need a real peer (GMCP, MCCP...) are left out of the list.
        return new TelnetSettings { Policy = policy, Reacknowledge = reack, UseMtts = true };
    }
}
