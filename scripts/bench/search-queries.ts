/** What a reader types into the popup's search, for the search benchmarks (typos included). */
export const SEARCH_QUERIES = [
  'Claudia Sheinbaum',
  'lopez obrador',
  'Sheinbuam',
  'cartel de sinaloa',
  'fentanilo',
  'garcia luna',
  'guardia nacional',
  'terrorist designation',
  'Merida Initiative',
  'extradition',
  'Caro Quintero',
  'aranceles trump',
];
