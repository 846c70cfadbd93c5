export default function Home() {
  return <h1>Software glossary</h1>;
}
