/** RankingTable component. */
export { RankingTable, type RankingTableProps } from "./RankingTable";
