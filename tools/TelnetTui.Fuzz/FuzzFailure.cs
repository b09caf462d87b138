namespace TelnetTui.Fuzz;

/// <summary>An input that broke a target: the bytes, the cuts it was fed with, and what went wrong.</summary>
public sealed record FuzzFailure(string Target, long Iteration, byte[] Input, int[] Cuts, Exception Error)
{
    /// <summary>A file name from the input's content, so the same crash is kept once.</summary>
    public string FileName => $"{Target}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Input))[..16].ToLowerInvariant()}.bin";
}
