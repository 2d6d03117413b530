// Passwords attackers try first. Long ones only matter here (shorter ones fail the length rule):
// frequent entries of public leak lists that have 12+ characters, and the words people pad with
// digits and symbols to reach a length rule (French and English).

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '1234567891011', '098765432109',
  '111111111111', '000000000000', '121212121212', '123123123123', '147258369147', '159753159753',
  'azertyuiopqs', 'azertyuiopqsd', 'azertyuiopqsdf', 'azertyuiopqsdfghjklm', 'azertyuiop123', 'azertyuiop1234',
  'qwertyuiopasdf', 'qwertyuiop123', 'qwertyuiop1234', 'qwerty123456', 'azerty123456', '1q2w3e4r5t6y',
  '1qaz2wsx3edc', 'zaq12wsxcde3', 'qazwsxedcrfv', 'qwertyuiopasdfghjkl', 'asdfghjkl123', 'zxcvbnm12345',
  'password1234', 'password12345', 'password123!', 'passwordpassword', 'motdepasse123', 'motdepasse1234',
  'motdepasse2024', 'motdepasse2025', 'motdepasse2026', 'motdepassemotdepasse', 'iloveyou1234',
  'jetaime123456', 'jetaimejetaime', 'bonjour123456', 'soleil123456', 'doudou123456', 'chouchou1234',
  'administrator', 'administrateur', 'changeme1234', 'welcome12345', 'letmein12345', 'trustno1trustno1',
  'football1234', 'marseille1234', 'allezlom1234', 'psgpsgpsgpsg', 'loulou123456', 'princesse123',
  'nicolas12345', 'camille12345', 'thomas123456', 'baseball1234', 'superman1234', 'starwars1234',
  'monkey123456', 'dragon123456', 'master123456', 'sunshine1234', 'princess1234', 'charlie12345',
  'jautoentreprends', 'jauto-entreprends', 'autoentrepreneur', 'auto-entrepreneur', 'autoentrepreneur1',
]);

export const COMMON_PASSWORD_WORDS: readonly string[] = [
  'password', 'passw', 'motdepasse', 'mdp', 'azerty', 'azertyuiop', 'qwerty', 'qwertyuiop', 'abcdef',
  'abcdefgh', 'abcdefghijkl', 'soleil', 'bonjour', 'bonsoir', 'jetaime', 'iloveyou', 'doudou', 'chouchou',
  'loulou', 'marseille', 'paris', 'france', 'football', 'admin', 'administrateur', 'administrator',
  'welcome', 'bienvenue', 'secret', 'changeme', 'letmein', 'test', 'utilisateur', 'user', 'login',
  'connexion', 'jautoentreprends', 'autoentrepreneur', 'autoentrepreneurs', 'entreprise', 'siret',
];
