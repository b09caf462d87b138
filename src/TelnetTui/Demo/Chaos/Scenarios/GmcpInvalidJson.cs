using System.Text;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>gmcp-invalid</c>: GMCP messages whose JSON is broken in every way we could think of (cut off,
/// trailing junk, bad escapes, lone surrogates, invalid UTF-8, huge numbers, nesting 10,000 deep),
/// then one valid message the client must still deliver.
/// </summary>
public sealed class GmcpInvalidJson : ChaosScenario
{
    public const int DeepNesting = 10_000;

    public override string Name => "gmcp-invalid";

    public override string Summary => "GMCP with invalid JSON of many kinds (and 10,000-deep nesting), then a valid Char.Vitals";

    /// <summary>The valid message sent last.</summary>
    public const string ValidJson = "{\"hp\":42,\"maxhp\":100}";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.NegotiateAsync(TelnetCommand.Will, TelnetOption.Gmcp, cancellationToken).ConfigureAwait(false);
        await connection.WaitForNegotiationAsync(TelnetCommand.Do, TelnetOption.Gmcp, Mccp2Start.AgreementWait, cancellationToken).ConfigureAwait(false);
        foreach (var payload in Payloads())
            await connection.WriteAsync(ChaosBytes.Subnegotiation(TelnetOption.Gmcp, payload), cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(ChaosBytes.Gmcp("Char.Vitals", ValidJson), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every broken payload, package name included.</summary>
    public static IEnumerable<byte[]> Payloads()
    {
        string[] texts =
        [
            "Char.Vitals {",
            "Char.Vitals {\"hp\":",
            "Char.Vitals {\"hp\":1}}}}",
            "Char.Vitals {\"hp\" 1}",
            "Char.Vitals {hp:1}",
            "Char.Vitals {'hp':1}",
            "Char.Vitals [1,2,,3]",
            "Char.Vitals [1,2,]",
            "Char.Vitals \"unterminated",
            "Char.Vitals \"bad escape \\x41\"",
            "Char.Vitals \"lone surrogate \\ud800\"",
            "Char.Vitals \"half escape \\u12\"",
            "Char.Vitals 1e999999999",
            "Char.Vitals -",
            "Char.Vitals 0123",
            "Char.Vitals NaN",
            "Char.Vitals Infinity",
            "Char.Vitals tru",
            "Char.Vitals nul",
            "Char.Vitals {\"a\":\"tab\there\"}",
            "Char.Vitals " + new string('9', 100_000),
            "Char.Vitals " + new string('[', DeepNesting) + new string(']', DeepNesting),
            "Char.Vitals " + Repeat("{\"a\":", DeepNesting) + "1" + new string('}', DeepNesting),
            "",
            " ",
            "{\"no\":\"package\"}",
        ];
        foreach (var text in texts)
            yield return Encoding.UTF8.GetBytes(text);
        // Invalid UTF-8 inside a string, an overlong NUL and a bare continuation byte.
        yield return [.. Encoding.ASCII.GetBytes("Char.Vitals \""), 0xC0, 0x80, 0x80, 0xFE, 0xED, 0xA0, 0x80, (byte)'"'];
        // A NUL and an IAC (doubled on the wire) in the package name.
        yield return [(byte)'C', 0, (byte)'h', 0xFF, (byte)' ', (byte)'1'];
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
}
