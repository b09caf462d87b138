using System.Text;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>gmcp-huge</c>: a 10 MB (valid) JSON document in one GMCP message, then a small valid one.</summary>
public sealed class GmcpHugeJson : ChaosScenario
{
    public const int JsonBytes = 10 * 1024 * 1024;

    public override string Name => "gmcp-huge";

    public override string Summary => "one 10 MB GMCP JSON message, then a valid Char.Vitals";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.NegotiateAsync(TelnetCommand.Will, TelnetOption.Gmcp, cancellationToken).ConfigureAwait(false);
        await connection.WaitForNegotiationAsync(TelnetCommand.Do, TelnetOption.Gmcp, Mccp2Start.AgreementWait, cancellationToken).ConfigureAwait(false);
        var json = new MemoryStream(JsonBytes + 1024);
        json.Write("Room.List {\"rooms\":["u8);
        for (var i = 0; json.Length < JsonBytes; i++)
            json.Write(Encoding.ASCII.GetBytes($"{(i == 0 ? "" : ",")}{{\"num\":{i},\"name\":\"A room with a long name\",\"exits\":{{\"n\":1,\"s\":2}}}}"));
        json.Write("]}"u8);
        await connection.WriteAsync(ChaosBytes.Subnegotiation(TelnetOption.Gmcp, json.GetBuffer().AsSpan(0, (int)json.Length)), cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(ChaosBytes.Gmcp("Char.Vitals", GmcpInvalidJson.ValidJson), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
