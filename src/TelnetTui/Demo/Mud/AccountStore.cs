using System.Security.Cryptography;
using System.Text;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// The accounts made with <c>login</c>, in memory for the server's lifetime: a name and a salted
/// PBKDF2-SHA256 hash of its password (never the password). At most <see cref="DemoLimits.MaxAccounts"/>.
/// </summary>
internal sealed class AccountStore
{
    private const int Iterations = 10_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly object _gate = new();
    private readonly Dictionary<string, (byte[] Salt, byte[] Hash)> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public bool Exists(string name)
    {
        lock (_gate)
            return _accounts.ContainsKey(name);
    }

    /// <summary>Creates an account; false when the name is taken or the store is full.</summary>
    public bool TryCreate(string name, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Hash(password, salt);
        lock (_gate)
        {
            if (_accounts.Count >= DemoLimits.MaxAccounts || _accounts.ContainsKey(name))
                return false;
            _accounts[name] = (salt, hash);
            return true;
        }
    }

    public bool Verify(string name, string password)
    {
        (byte[] Salt, byte[] Hash) account;
        lock (_gate)
        {
            if (!_accounts.TryGetValue(name, out account))
                return false;
        }
        return CryptographicOperations.FixedTimeEquals(Hash(password, account.Salt), account.Hash);
    }

    private static byte[] Hash(string password, byte[] salt)
        => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
