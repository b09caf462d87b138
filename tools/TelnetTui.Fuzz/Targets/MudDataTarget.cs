using System.Text;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Fuzz.Targets;

/// <summary>
/// MUD data decoding: GMCP's JSON (MudJson), MSDP (the MSDP spec: VAR/VAL/TABLE/ARRAY) and MSSP payloads.
/// Any bytes parse or give an error, never an exception; what MSDP and JSON parse encodes and parses
/// back the same. The first byte picks the decoder, so a kept vector replays the same way.
/// </summary>
public sealed class MudDataTarget : IFuzzTarget
{
    public string Name => "mud-data";

    public IReadOnlyList<byte[]> Dictionary { get; } = Tokens();

    public void Check(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        if (input.IsEmpty)
            return;
        var payload = input[1..];
        switch (input[0] % 3)
        {
            case 0:
                if (MudJson.TryParse(payload, out var value, out _))
                {
                    var json = value.ToJson();
                    if (!MudJson.TryParse(Encoding.UTF8.GetBytes(json), out var again, out var error))
                        throw new FuzzCheckException($"mud-data: JSON written from a parsed value does not parse: {error}: {json}");
                    if (!again.Equals(value))
                        throw new FuzzCheckException($"mud-data: JSON reads back different: {json} vs {again.ToJson()}");
                }
                break;
            case 1:
                if (MsdpCodec.TryParse(payload, out var variables, out _))
                {
                    foreach (var (name, v) in variables)
                    {
                        // A VAR without VAL reads as null and is written with an empty VAL (a string), and bytes
                        // that are not UTF-8 read as U+FFFD: those cannot come back identical, but must parse.
                        var encoded = MsdpCodec.Encode(name, v);
                        if (!MsdpCodec.TryParse(encoded, out var back, out var error) || back.Count != 1)
                            throw new FuzzCheckException($"mud-data: MSDP {name}={v.ToJson()} as encoded does not parse back ({error})");
                        var exact = v.Kind != MudValueKind.Null && !name.Contains('\ufffd') && !v.ToJson().Contains('\ufffd');
                        if (exact && (back[0].Key != name || !back[0].Value.Equals(v)))
                            throw new FuzzCheckException($"mud-data: MSDP {name}={v.ToJson()} parses back as {back[0].Key}={back[0].Value.ToJson()}");
                    }
                }
                break;
            default:
                MsspCodec.TryParse(payload, out _, out _);
                break;
        }
    }

    private static List<byte[]> Tokens()
    {
        string[] json = ["{", "}", "[", "]", ",", ":", "\"k\"", "\"\\u00e9\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\", "1", "-0.5e-3", "1e999", "-", "true", "false", "null", " ", "\"\u00e9\""];
        var list = new List<byte[]>();
        foreach (var t in json)
            list.Add(Encoding.UTF8.GetBytes(t));
        // MSDP: VAR 1, VAL 2, TABLE_OPEN 3, TABLE_CLOSE 4, ARRAY_OPEN 5, ARRAY_CLOSE 6.
        list.Add([1]);
        list.Add([2]);
        list.Add([3]);
        list.Add([4]);
        list.Add([5]);
        list.Add([6]);
        list.Add([1, .. "ROOM"u8, 2]);
        list.Add([1, .. "HEALTH"u8, 2, .. "100"u8]);
        list.Add([0xff]);
        list.Add([0xc3, 0x28]);
        return list;
    }
}
