/**
 * Mexican given names and surnames with rough frequency weights, for synthetic applicants.
 *
 * Weights are relative and approximate (inspired by the general shape of Mexican civil-registry
 * frequencies, not copied from any dataset): they only need to make common names common and rare
 * names rare. Spelling keeps the accents and ñ used in Mexico; compound given names (María
 * Guadalupe, José Luis…) and surnames with particles (De la Cruz, Ponce de León…) are included
 * because they are the hard cases for search and for the CURP rules.
 */

export type WeightedName = { readonly value: string; readonly weight: number };

type Table = readonly (readonly [name: string, weight: number])[];

const weighted = (table: Table): readonly WeightedName[] =>
  Object.freeze(table.map(([value, weight]) => Object.freeze({ value, weight })));

export const femaleGivenNames: readonly WeightedName[] = weighted([
  // Compound names.
  ['María Guadalupe', 40], ['María del Carmen', 20], ['María Elena', 15], ['María de los Ángeles', 12],
  ['Ana María', 12], ['María Isabel', 10], ['María de Jesús', 10], ['María Teresa', 10], ['Rosa María', 10],
  ['María Luisa', 9], ['María del Rosario', 8], ['María Fernanda', 10], ['María José', 8], ['Luz María', 8],
  ['María de la Luz', 8], ['María Eugenia', 7], ['María Dolores', 5], ['María Concepción', 5],
  ['María Cristina', 6], ['Martha Patricia', 5], ['Ana Laura', 5], ['Ana Karen', 4], ['Laura Elena', 4],
  ['Alma Delia', 5], ['Blanca Estela', 5], ['Rosa Elena', 4], ['Diana Laura', 4], ['María del Socorro', 5],
  ['María del Refugio', 4], ['Ana Sofía', 5], ['María Magdalena', 5], ['Ana Lucía', 4], ['María Alejandra', 5],
  ['Sandra Luz', 4], ['María Soledad', 3], ['María Inés', 3],
  // Single names.
  ['María', 30], ['Guadalupe', 25], ['Juana', 18], ['Margarita', 15], ['Verónica', 14], ['Patricia', 15],
  ['Leticia', 12], ['Rosa', 14], ['Elizabeth', 12], ['Alejandra', 12], ['Gabriela', 12], ['Adriana', 12],
  ['Yolanda', 10], ['Araceli', 9], ['Silvia', 10], ['Claudia', 12], ['Martha', 10], ['Laura', 11],
  ['Sandra', 11], ['Mónica', 10], ['Norma', 9], ['Lucía', 8], ['Teresa', 8], ['Isabel', 7], ['Carmen', 8],
  ['Alicia', 7], ['Ana', 10], ['Josefina', 8], ['Gloria', 7], ['Maribel', 7], ['Elena', 6], ['Esperanza', 6],
  ['Ángela', 5], ['Angélica', 8], ['Rocío', 7], ['Beatriz', 6], ['Blanca', 6], ['Cecilia', 6], ['Irma', 6],
  ['Lorena', 7], ['Karina', 7], ['Karla', 8], ['Liliana', 7], ['Brenda', 6], ['Diana', 7], ['Daniela', 10],
  ['Fernanda', 6], ['Valeria', 8], ['Ximena', 8], ['Sofía', 10], ['Camila', 7], ['Valentina', 7],
  ['Regina', 5], ['Renata', 5], ['Natalia', 7], ['Andrea', 8], ['Paola', 6], ['Mariana', 8], ['Jimena', 5],
  ['Itzel', 5], ['Citlali', 4], ['Xóchitl', 3], ['Nayeli', 4], ['Dulce', 4], ['Azucena', 3], ['Esmeralda', 6],
  ['Estela', 4], ['Esther', 5], ['Eva', 4], ['Fabiola', 5], ['Fátima', 5], ['Graciela', 5], ['Inés', 3],
  ['Jazmín', 4], ['Jessica', 5], ['Judith', 4], ['Julia', 4], ['Leonor', 3], ['Lourdes', 5], ['Luisa', 3],
  ['Luz', 5], ['Magdalena', 4], ['Maricela', 5], ['Marisol', 5], ['Mercedes', 3], ['Miriam', 5], ['Nancy', 5],
  ['Noemí', 4], ['Olga', 3], ['Paulina', 5], ['Perla', 4], ['Raquel', 4], ['Rebeca', 4], ['Reyna', 4],
  ['Rosario', 5], ['Rosalba', 3], ['Socorro', 4], ['Sonia', 4], ['Susana', 5], ['Tania', 4], ['Vanessa', 4],
  ['Victoria', 5], ['Viridiana', 4], ['Yesenia', 4], ['Zoé', 3], ['Abigail', 4], ['Alondra', 4], ['Anahí', 4],
  ['Aurora', 4], ['Bárbara', 2], ['Belén', 2], ['Carolina', 5], ['Catalina', 3], ['Concepción', 4],
  ['Consuelo', 3], ['Cristina', 5], ['Dolores', 4], ['Edith', 4], ['Elsa', 3], ['Elvia', 3], ['Emilia', 3],
  ['Érika', 5], ['Estefanía', 4], ['Eugenia', 2], ['Evelyn', 3], ['Irene', 3], ['Ivonne', 3], ['Jacqueline', 3],
  ['Janet', 3], ['Josefa', 3], ['Karen', 5], ['Lidia', 3], ['Lilia', 3], ['Marcela', 4], ['Marina', 3],
  ['Marisela', 3], ['Micaela', 2], ['Nora', 3], ['Ofelia', 3], ['Paula', 3], ['Pilar', 2], ['Ramona', 3],
  ['Ruth', 3], ['Sara', 4], ['Soledad', 3], ['Yadira', 3], ['Yazmín', 3], ['Zulema', 2], ['Aída', 2],
  ['Amparo', 2], ['Antonia', 4], ['Asunción', 2], ['Celia', 3], ['Dalia', 2], ['Delia', 3], ['Elisa', 3],
  ['Enriqueta', 2], ['Francisca', 4], ['Hilda', 3], ['Hortensia', 2], ['Isela', 2], ['Lizbeth', 3],
  ['Mayra', 4], ['Minerva', 2], ['Petra', 3], ['Rosalía', 2], ['Rubí', 3], ['Salomé', 2], ['Yareli', 2],
  ['Zaira', 2], ['Aylin', 2], ['Débora', 2], ['Amalia', 2], ['Maite', 1], ['Montserrat', 3], ['Ivana', 2],
]);

export const maleGivenNames: readonly WeightedName[] = weighted([
  // Compound names.
  ['José Luis', 25], ['Juan Carlos', 15], ['José Antonio', 14], ['Juan Manuel', 12], ['Miguel Ángel', 15],
  ['José de Jesús', 10], ['José Manuel', 9], ['Jorge Luis', 8], ['Luis Fernando', 7], ['Francisco Javier', 10],
  ['Juan José', 6], ['Juan Pablo', 6], ['José Alfredo', 5], ['Carlos Alberto', 6], ['José Guadalupe', 8],
  ['Jesús Alberto', 4], ['Víctor Hugo', 6], ['Juan Antonio', 6], ['José Francisco', 5], ['José Ángel', 5],
  ['Luis Enrique', 4], ['José María', 4], ['Juan de Dios', 4], ['José Refugio', 3], ['Marco Antonio', 8],
  ['Luis Alberto', 4], ['José Eduardo', 4], ['José Alberto', 4], ['Jesús Manuel', 3], ['José Juan', 4],
  ['Luis Ángel', 4], ['José Roberto', 3], ['José Ramón', 3], ['Juan Ramón', 2],
  // Single names.
  ['José', 35], ['Juan', 30], ['Jesús', 18], ['Francisco', 18], ['Antonio', 14], ['Miguel', 12], ['Luis', 14],
  ['Carlos', 14], ['Jorge', 12], ['Pedro', 10], ['Manuel', 10], ['Alejandro', 14], ['Ricardo', 9],
  ['Fernando', 9], ['Roberto', 9], ['Javier', 8], ['Daniel', 11], ['Sergio', 8], ['Eduardo', 9], ['Rafael', 8],
  ['Arturo', 8], ['Mario', 8], ['Martín', 7], ['Raúl', 7], ['Enrique', 6], ['Alberto', 6], ['Víctor', 7],
  ['Gerardo', 7], ['Héctor', 7], ['Óscar', 6], ['Salvador', 6], ['Ramón', 6], ['Andrés', 5], ['Hugo', 5],
  ['Guillermo', 5], ['Armando', 5], ['Alfredo', 5], ['Ernesto', 4], ['Gabriel', 6], ['Rubén', 5],
  ['Rodolfo', 4], ['Julio', 4], ['Pablo', 4], ['Adrián', 5], ['Gustavo', 4], ['Ignacio', 4], ['Jaime', 4],
  ['Joel', 3], ['Diego', 7], ['Santiago', 7], ['Sebastián', 7], ['Mateo', 6], ['Emiliano', 5],
  ['Leonardo', 6], ['Matías', 4], ['Nicolás', 4], ['Iker', 3], ['Ángel', 7], ['Iván', 5], ['Israel', 4],
  ['Isaac', 3], ['Abraham', 4], ['Alfonso', 4], ['Agustín', 3], ['Alan', 4], ['Benjamín', 3], ['Bernardo', 2],
  ['César', 5], ['Cristian', 4], ['Cristóbal', 2], ['David', 7], ['Édgar', 5], ['Efraín', 3], ['Elías', 3],
  ['Emilio', 3], ['Esteban', 3], ['Everardo', 2], ['Ezequiel', 3], ['Federico', 3], ['Felipe', 4],
  ['Félix', 3], ['Fidel', 2], ['Gilberto', 3], ['Gonzalo', 3], ['Germán', 3], ['Horacio', 2], ['Humberto', 4],
  ['Ismael', 3], ['Jacinto', 2], ['Joaquín', 3], ['Josué', 3], ['Julián', 3], ['Leopoldo', 2], ['Lorenzo', 2],
  ['Lucio', 2], ['Marcos', 3], ['Mauricio', 3], ['Moisés', 3], ['Noé', 3], ['Octavio', 3], ['Omar', 4],
  ['Orlando', 2], ['Osvaldo', 2], ['Pascual', 2], ['Porfirio', 2], ['Ramiro', 3], ['Raymundo', 3],
  ['Reynaldo', 2], ['Rigoberto', 3], ['Rogelio', 4], ['Samuel', 3], ['Saúl', 3], ['Silvestre', 2], ['Simón', 2],
  ['Teodoro', 2], ['Tomás', 3], ['Ulises', 3], ['Valentín', 2], ['Vicente', 3], ['Abel', 2], ['Adolfo', 2],
  ['Aurelio', 2], ['Baltazar', 2], ['Bruno', 2], ['Camilo', 2], ['Damián', 3], ['Darío', 2], ['Domingo', 2],
  ['Eliseo', 2], ['Emmanuel', 4], ['Erick', 4], ['Fabián', 3], ['Genaro', 2], ['Heriberto', 2], ['Hilario', 2],
  ['Isidro', 2], ['Jonathan', 3], ['Kevin', 3], ['Leonel', 2], ['Margarito', 2], ['Maximiliano', 3],
  ['Rosendo', 2], ['Santos', 2], ['Uriel', 3], ['Gael', 4], ['Bryan', 3], ['Aarón', 3], ['Alexis', 3],
  ['Axel', 3], ['Brandon', 2], ['Tadeo', 2], ['Zacarías', 1], ['Inocencio', 1], ['Nicanor', 1], ['Apolinar', 1],
  ['Anselmo', 1], ['Cirilo', 1], ['Crescencio', 1], ['Eusebio', 1], ['Gregorio', 2], ['Isaías', 2],
  ['Jerónimo', 2], ['Lázaro', 2], ['Marcelino', 2], ['Néstor', 2], ['Rodrigo', 4], ['Rolando', 2],
  ['Sabino', 1], ['Timoteo', 1], ['Tobías', 1],
]);

export const surnames: readonly WeightedName[] = weighted([
  ['Hernández', 100], ['García', 80], ['Martínez', 75], ['López', 70], ['González', 68], ['Pérez', 55],
  ['Rodríguez', 53], ['Sánchez', 52], ['Ramírez', 50], ['Cruz', 35], ['Flores', 33], ['Gómez', 32],
  ['Morales', 26], ['Vázquez', 25], ['Reyes', 24], ['Jiménez', 23], ['Torres', 22], ['Díaz', 21],
  ['Gutiérrez', 21], ['Ruiz', 19], ['Mendoza', 19], ['Aguilar', 18], ['Ortiz', 17], ['Moreno', 17],
  ['Castillo', 16], ['Romero', 16], ['Álvarez', 15], ['Méndez', 15], ['Chávez', 15], ['Rivera', 14],
  ['Juárez', 14], ['Ramos', 14], ['Domínguez', 13], ['Herrera', 13], ['Medina', 13], ['Castro', 12],
  ['Vargas', 12], ['Guzmán', 12], ['Velázquez', 11], ['Muñoz', 11], ['Rojas', 10], ['Contreras', 10],
  ['Salazar', 10], ['Luna', 10], ['Ortega', 10], ['Santiago', 10], ['Guerrero', 10], ['Estrada', 9],
  ['Bautista', 9], ['Cortés', 9], ['Soto', 9], ['Alvarado', 9], ['Espinoza', 9], ['Lara', 9], ['Ávila', 9],
  ['Ríos', 8], ['Cervantes', 8], ['Silva', 8], ['Delgado', 8], ['Vega', 8], ['Márquez', 8], ['Sandoval', 8],
  ['Fernández', 8], ['León', 7], ['Carrillo', 8], ['Mejía', 7], ['Solís', 7], ['Núñez', 7], ['Rosas', 7],
  ['Campos', 7], ['Valdez', 7], ['Navarro', 7], ['Cabrera', 6], ['Acosta', 6], ['Molina', 6], ['Ibarra', 6],
  ['Trejo', 6], ['Camacho', 6], ['Nava', 6], ['Pacheco', 6], ['Miranda', 6], ['Salinas', 6], ['Fuentes', 6],
  ['Rosales', 6], ['Espinosa', 6], ['Robles', 5], ['Escobar', 5], ['Cárdenas', 6], ['Orozco', 6],
  ['Valencia', 5], ['Padilla', 5], ['Ayala', 5], ['Benítez', 5], ['Aguirre', 5], ['Maldonado', 6],
  ['Zamora', 4], ['Pineda', 4], ['Lozano', 4], ['Peña', 5], ['Galindo', 4], ['Montes', 4], ['Cisneros', 4],
  ['Durán', 4], ['Sosa', 4], ['Beltrán', 4], ['Serrano', 4], ['Villanueva', 4], ['Velasco', 4],
  ['Valenzuela', 4], ['Ochoa', 4], ['Zavala', 3], ['Barrera', 4], ['Arellano', 3], ['Bravo', 3], ['Cuevas', 3],
  ['Rangel', 4], ['Meza', 4], ['Osorio', 3], ['Tapia', 4], ['Esquivel', 3], ['Cano', 3], ['Quintero', 3],
  ['Franco', 3], ['Figueroa', 4], ['Villa', 3], ['Vera', 3], ['Arroyo', 3], ['Olvera', 3], ['Hidalgo', 3],
  ['Zapata', 3], ['Huerta', 3], ['Gallegos', 3], ['Mora', 4], ['Aguilera', 3], ['Rubio', 3], ['Avendaño', 2],
  ['Saldaña', 3], ['Macías', 4], ['Guillén', 2], ['Becerra', 3], ['Córdova', 3], ['Cortez', 3], ['Tovar', 3],
  ['Lugo', 3], ['Zúñiga', 3], ['Ibáñez', 2], ['Ordóñez', 2], ['Patiño', 2], ['Treviño', 3], ['Montaño', 2],
  ['Briseño', 2], ['Carreño', 2], ['Cedeño', 2], ['Yáñez', 2], ['Quiñones', 2], ['Piña', 2], ['Peñaloza', 2],
  ['Toledo', 2], ['Villarreal', 3], ['Garza', 4], ['Cantú', 2], ['Salas', 3], ['Santos', 3], ['Solano', 2],
  ['Vidal', 2], ['Ponce', 3], ['Barajas', 2], ['Barragán', 2], ['Bernal', 2], ['Blanco', 2], ['Calderón', 3],
  ['Cázares', 2], ['Chavarría', 1], ['Coronado', 2], ['Corona', 3], ['Dávila', 2], ['Escamilla', 2],
  ['Félix', 2], ['Fierro', 2], ['Galván', 3], ['Gallardo', 2], ['Gamboa', 2], ['Godínez', 2], ['Granados', 2],
  ['Guevara', 2], ['Hurtado', 2], ['Islas', 2], ['Jaramillo', 2], ['Lemus', 1], ['Leyva', 2], ['Limón', 2],
  ['Loera', 1], ['Madrigal', 2], ['Magaña', 2], ['Manzo', 1], ['Marín', 3], ['Mata', 2], ['Mercado', 3],
  ['Mireles', 1], ['Montoya', 3], ['Murillo', 2], ['Nieto', 2], ['Noriega', 1], ['Olivares', 2],
  ['Ontiveros', 1], ['Osuna', 2], ['Palacios', 2], ['Paredes', 2], ['Parra', 3], ['Pedraza', 1], ['Pizano', 1],
  ['Quezada', 2], ['Quiroz', 2], ['Rentería', 2], ['Reséndiz', 2], ['Rincón', 2], ['Rivas', 2], ['Salcedo', 2],
  ['Salgado', 3], ['Segura', 2], ['Sepúlveda', 2], ['Tamayo', 2], ['Tello', 2], ['Téllez', 2], ['Trujillo', 3],
  ['Uribe', 2], ['Valadez', 2], ['Valle', 2], ['Vences', 1], ['Villalobos', 2], ['Villaseñor', 2],
  ['Zaragoza', 2], ['Zepeda', 2], ['Alcántara', 2], ['Alonso', 2], ['Andrade', 3], ['Anaya', 2], ['Arias', 2],
  ['Arriaga', 2], ['Bañuelos', 2], ['Bustamante', 2], ['Bustos', 2], ['Caballero', 2], ['Camarillo', 1],
  ['Carmona', 2], ['Carrasco', 2], ['Casas', 2], ['Castañeda', 3], ['Ceja', 1], ['Cuéllar', 2],
  ['Elizondo', 2], ['Enríquez', 2], ['Escalante', 2], ['Esparza', 2], ['Farías', 1], ['Gallo', 1],
  ['Gaytán', 2], ['Gil', 2], ['Guerra', 3], ['Jasso', 1], ['Lucero', 2], ['Luján', 1], ['Mares', 1],
  ['Montiel', 2], ['Moya', 1], ['Naranjo', 1], ['Negrete', 2], ['Nolasco', 1], ['Ocampo', 2], ['Olmos', 1],
  ['Oropeza', 1], ['Pantoja', 2], ['Peralta', 2], ['Pichardo', 1], ['Prado', 2], ['Preciado', 1], ['Puente', 1],
  ['Quintana', 2], ['Razo', 1], ['Rocha', 2], ['Ruelas', 1], ['Saavedra', 2], ['Sierra', 2], ['Sotelo', 2],
  ['Suárez', 3], ['Tirado', 1], ['Tinoco', 1], ['Valdés', 2], ['Vallejo', 2], ['Vela', 1], ['Zárate', 2],
  ['Xolalpa', 1], ['Ordaz', 1], ['Olguín', 1], ['Nájera', 2], ['Muñiz', 2], ['Arévalo', 2], ['Echeverría', 1],
  ['Ugalde', 1], ['Jáuregui', 1], ['Zaldívar', 1], ['Carbajal', 2], ['Carvajal', 1], ['Gálvez', 2],
  ['Solórzano', 1], ['Ceballos', 2], ['Cuautle', 1], ['Tlatelpa', 1], ['Apodaca', 1], ['Armenta', 2],
  // Surnames with particles.
  ['De la Cruz', 5], ['Del Ángel', 3], ['De León', 4], ['De la Rosa', 3], ['Ponce de León', 1],
  ['De los Santos', 2], ['De la Torre', 3], ['De la Fuente', 2], ['Del Río', 2], ['De Jesús', 2],
  ['Montes de Oca', 2], ['De la Garza', 2], ['De Anda', 1],
]);
