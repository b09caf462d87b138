using System.Text;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>msdp-deep</c>: MSDP tables and arrays nested 10,000 deep, unbalanced closes and a value with no
/// variable, then a valid HEALTH the client must still deliver.
/// </summary>
public sealed class MsdpDeepNesting : ChaosScenario
{
    public const int Depth = 10_000;

    public override string Name => "msdp-deep";

    public override string Summary => "MSDP tables and arrays nested 10,000 deep and unbalanced, then a valid HEALTH";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.NegotiateAsync(TelnetCommand.Will, TelnetOption.Msdp, cancellationToken).ConfigureAwait(false);
        await connection.WaitForNegotiationAsync(TelnetCommand.Do, TelnetOption.Msdp, Mccp2Start.AgreementWait, cancellationToken).ConfigureAwait(false);
        foreach (var payload in Payloads())
            await connection.WriteAsync(ChaosBytes.Subnegotiation(TelnetOption.Msdp, payload), cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(ChaosBytes.Subnegotiation(TelnetOption.Msdp, MsdpCodec.Encode("HEALTH", MudValue.String("42"))), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }

    public static IEnumerable<byte[]> Payloads()
    {
        var tables = new List<byte> { MsdpCodec.Var };
        tables.AddRange(Encoding.ASCII.GetBytes("DEEP"));
        for (var i = 0; i < Depth; i++)
        {
            tables.Add(MsdpCodec.Val);
            tables.Add(MsdpCodec.TableOpen);
            tables.Add(MsdpCodec.Var);
            tables.Add((byte)'a');
        }
        tables.Add(MsdpCodec.Val);
        tables.Add((byte)'1');
        for (var i = 0; i < Depth; i++)
            tables.Add(MsdpCodec.TableClose);
        yield return [.. tables];

        var arrays = new List<byte> { MsdpCodec.Var, (byte)'A', MsdpCodec.Val };
        for (var i = 0; i < Depth; i++)
        {
            arrays.Add(MsdpCodec.ArrayOpen);
            arrays.Add(MsdpCodec.Val);
        }
        yield return [.. arrays]; // never closed

        yield return [MsdpCodec.Var, (byte)'X', MsdpCodec.Val, MsdpCodec.TableClose, MsdpCodec.ArrayClose, MsdpCodec.TableClose];
        yield return [MsdpCodec.Val, (byte)'1', MsdpCodec.Val, (byte)'2'];
        yield return [MsdpCodec.Var, MsdpCodec.Var, MsdpCodec.Var];
        yield return [MsdpCodec.Var, 0xC3, 0x28, MsdpCodec.Val, 0xFF, 0xFE];
    }
}
