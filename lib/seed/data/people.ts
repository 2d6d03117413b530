// Common French first names and surnames, and street names, for generated identities.

export const FIRST_NAMES = [
  'Camille', 'Claire', 'Julie', 'Sophie', 'Marie', 'Émilie', 'Laura', 'Sarah', 'Manon', 'Léa',
  'Chloé', 'Pauline', 'Céline', 'Aurélie', 'Nathalie', 'Isabelle', 'Sandrine', 'Valérie', 'Anne',
  'Hélène', 'Élodie', 'Audrey', 'Mélanie', 'Charlotte', 'Inès', 'Lucie', 'Margaux', 'Amandine',
  'Nadia', 'Fatima', 'Yasmine', 'Sonia', 'Agnès', 'Brigitte', 'Martine', 'Christine', 'Jeanne',
  'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Alexandre', 'Antoine', 'Kevin', 'Romain', 'Guillaume',
  'Pierre', 'Sébastien', 'Mathieu', 'Jérôme', 'Laurent', 'Stéphane', 'Olivier', 'François', 'David',
  'Vincent', 'Christophe', 'Frédéric', 'Philippe', 'Benoît', 'Hugo', 'Lucas', 'Théo', 'Louis',
  'Mehdi', 'Karim', 'Yanis', 'Samir', 'Rachid', 'Mamadou', 'Moussa', 'Jean', 'Éric', 'Patrick',
  'Bruno', 'Cédric', 'Damien', 'Fabien', 'Florian', 'Quentin', 'Adrien', 'Baptiste', 'Clément',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau',
  'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel',
  'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller',
  'Lefèvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier',
  'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas',
  'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont',
  'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly',
  'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard', 'Roche',
  'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre',
  'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe', 'Bourgeois', 'Pierre',
  'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume', 'Lecomte', 'Lopez',
  'Jean', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Sanchez', 'Dupuis', 'Moulin',
  'Louis', 'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein',
  'Jacquet', 'Adam', 'Paris', 'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charles', 'Renault',
  'Charpentier', 'Ménard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Hervé', 'Schneider', 'Fernandez',
  'Le Gall', 'Collet', 'Léger', 'Bouvier', 'Julien', 'Prévost', 'Millet', 'Perrot', 'Daniel',
  'Le Roux', 'Cousin', 'Germain', 'Breton', 'Besson', 'Langlois', 'Rémy', 'Le Goff', 'Pelletier',
  'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun', 'Marchal', 'Weber', 'Mallet', 'Hamon',
  'Boulanger', 'Jacob', 'Monnier', 'Michaud', 'Rodriguez', 'Guichard', 'Gillet', 'Étienne', 'Grondin',
  'Poulain', 'Tessier', 'Chevallier', 'Collin', 'Chauvin', 'Da Silva', 'Bouchet', 'Gay', 'Lemaître',
  'Benard', 'Maréchal', 'Humbert', 'Reynaud', 'Antoine', 'Hoarau', 'Perret', 'Barthélemy', 'Cordier',
  'Pichon', 'Lejeune', 'Gilbert', 'Lamy', 'Delaunay', 'Pasquier', 'Carlier', 'Laporte', 'Haddad',
  'Benali', 'Diallo', 'Nguyen', 'Traoré', 'Mendes', 'Ferreira', 'Kaya', 'Bensaïd', 'Boukhari',
];

export const STREET_TYPES = ['rue', 'rue', 'rue', 'avenue', 'boulevard', 'chemin', 'impasse', 'allée', 'place', 'route'];

export const STREET_NAMES = [
  'de la République', 'Victor-Hugo', 'Jean-Jaurès', 'de la Gare', 'du Général-de-Gaulle', 'Pasteur',
  'de l’Église', 'des Écoles', 'du Moulin', 'des Lilas', 'de la Paix', 'des Tilleuls', 'du Château',
  'Jules-Ferry', 'de la Liberté', 'des Vignes', 'du Stade', 'Gambetta', 'Carnot', 'de Verdun',
  'des Peupliers', 'du Marché', 'des Acacias', 'de la Fontaine', 'Anatole-France', 'Émile-Zola',
  'du Four', 'des Jardins', 'de la Mairie', 'des Prés', 'du Lavoir', 'des Roses', 'Voltaire',
  'Jean-Moulin', 'Paul-Bert', 'des Cerisiers', 'du Parc', 'des Sources', 'de Bellevue', 'des Alpes',
];
