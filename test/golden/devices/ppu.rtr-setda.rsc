# RouterOS v7 configuration of rtr-setda: Router of Perangkat Daerah setda
# Rendered by spbe-infra from the inventory and the lock of region ppu; do not edit by hand.
# NOT EMULATED: RouterOS cannot run in the spbe netlab or in CI; this script is checked against
# its golden file only. The Linux rendering (frr.conf + nftables) of the same router is what the lab proves.
# Interface names are the model's: rename the ports first, e.g. /interface ethernet set [find default-name=ether1] name=wan0
/ip address
add address=10.30.247.255/31 interface=wan0 comment="WAN link to rtr-core-01 (setda)"
add address=10.30.0.1/24 interface=lan0 comment="LAN of Perangkat Daerah setda (VLAN 104)"
/routing ospf instance
add name=spbe version=2 router-id=10.30.247.255
/routing ospf area
add name=backbone area-id=0.0.0.0 instance=spbe
/routing ospf interface-template
add area=backbone interfaces=wan0 type=ptp
add area=backbone interfaces=lan0 passive
/ip firewall address-list
add list=own-lan0 address=10.30.0.0/24
add list=management address=10.30.250.0/24
add list=intra address=10.30.0.0/16
add list=src-0 address=10.30.0.0/24
add list=src-1 address=10.30.0.0/16
/ip firewall raw
add chain=prerouting in-interface=lan0 src-address-list=!own-lan0 action=drop comment="anti-spoofing lan0"
/ip firewall filter
add chain=input connection-state=established,related action=accept
add chain=input connection-state=invalid action=drop
add chain=input in-interface=wan0 protocol=ospf action=accept comment="ospf"
add chain=input src-address-list=management protocol=tcp dst-port=22 action=accept comment="ssh from management"
add chain=input src-address-list=intra protocol=icmp icmp-options=8:0 action=accept comment="ping"
add chain=input action=drop
add chain=forward connection-state=established,related action=accept
add chain=forward connection-state=invalid action=drop
add chain=forward in-interface=lan0 src-address-list=src-0 action=accept comment="lan-out:setda"
add chain=forward out-interface=lan0 src-address-list=src-1 action=accept comment="lan-in:setda"
add chain=forward action=drop
